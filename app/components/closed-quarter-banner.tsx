import { useText } from "./use-text";
import { formatDate } from "~/i18n/format";
import { quarterWindow } from "~/kpi/calendar";
import { useFiscalStartMonth } from "./fiscal-year";

/** Show a notice that a quarter is closed: its scores are frozen and its objectives and key results read-only. */
export function ClosedQuarterBanner({ quarter }: { quarter: string }) {
  const { t, language } = useText();
  const end = quarterWindow(quarter, useFiscalStartMonth())?.end;
  return (
    <p className="notice warning closed-quarter" role="status">
      {t("quarters.banner.closed", { quarter, end: end ? formatDate(language, end) : quarter })}
    </p>
  );
}

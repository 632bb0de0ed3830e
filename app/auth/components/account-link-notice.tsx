import { useTranslation } from "react-i18next";
import { useLanguage } from "~/components/use-language";
import { formatDate } from "~/i18n/format";

export interface ShownAccountLink {
  purpose: "sign_up" | "reset";
  name: string;
  url: string;
  expiresOn: string;
}

/** The one-time link an admin just created, to pass on to the person by hand (mail may not be set up). */
export function AccountLinkNotice({ link }: { link: ShownAccountLink }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="notice account-link" role="status">
      <h2>{t(link.purpose === "sign_up" ? "auth.links.inviteTitle" : "auth.links.resetTitle", { name: link.name })}</h2>
      <p>
        <input type="text" readOnly value={link.url} aria-label={t(link.purpose === "sign_up" ? "auth.links.inviteTitle" : "auth.links.resetTitle", { name: link.name })} size={60} />
      </p>
      <p className="muted">{t("auth.links.explain", { name: link.name, date: formatDate(language, link.expiresOn) })}</p>
    </div>
  );
}

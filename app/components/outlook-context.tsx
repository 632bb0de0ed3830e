import { createContext, useContext } from "react";
import type { PageOutlook } from "~/okr/report-types";

export interface OutlookContextValue extends PageOutlook {
  norm: number;
  teamNames: Record<number, string>;
}

const OutlookContext = createContext<OutlookContextValue | null>(null);

/** Provide a page's pace, forecast and stale inputs to the key result lists and details inside it. */
export function OutlookProvider({ value, children }: { value: OutlookContextValue; children: React.ReactNode }) {
  return <OutlookContext.Provider value={value}>{children}</OutlookContext.Provider>;
}

/** Return the page's outlook, or null on a page without one (lists then leave out pace and forecast). */
export function useOutlook(): OutlookContextValue | null {
  return useContext(OutlookContext);
}

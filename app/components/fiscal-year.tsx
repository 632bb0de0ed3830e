import { createContext, useContext } from "react";

/**
 * The month the company's fiscal year starts in (1 = calendar quarters), for components that name
 * quarters, such as the reason a KPI has no value ("no closed deals in 2026-Q1").
 */
const FiscalStartMonth = createContext(1);

export const FiscalYearProvider = FiscalStartMonth.Provider;

export function useFiscalStartMonth(): number {
  return useContext(FiscalStartMonth);
}

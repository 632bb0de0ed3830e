import type { ImportLookups } from "~/imports/types";

/** Metrics, teams and people for the pure import tests; ids as a database would give them. */
export const lookups: ImportLookups = {
  metrics: [
    { id: 1, key: "worked_hours", kind: "flow" },
    { id: 2, key: "billable_hours", kind: "flow" },
    { id: 3, key: "invoiced_amount", kind: "flow" },
    { id: 4, key: "deals_won", kind: "flow" },
    { id: 5, key: "deals_lost", kind: "flow" },
    { id: 6, key: "deals_won_value", kind: "flow" },
    { id: 7, key: "deals_lost_value", kind: "flow" },
    { id: 8, key: "sales_cycle_days", kind: "flow" },
    { id: 9, key: "revenue", kind: "flow" },
    { id: 10, key: "headcount", kind: "stock" },
  ],
  teams: [
    { id: 1, key: "company", name: "Bureau Noord" },
    { id: 2, key: "sales", name: "Verkoop" },
    { id: 3, key: "consulting", name: "Advies" },
  ],
  people: [
    { id: 1, name: "Anna de Vries", email: "anna@example.nl", teamId: 2 },
    { id: 2, name: "Bram Jansen", email: "bram@example.nl", teamId: 3 },
  ],
  fiscalStartMonth: 1,
};

import { addDays } from "../../app/kpi/calendar";
import { seededRandom } from "./random";

export interface DeliveryPerson {
  name: string;
  email: string;
  /** Consultants bill 80% of their contract hours; the others book internal hours only. */
  bills: boolean;
}

/** The delivery team of the utilisation example: 7 billing consultants among 10 employees. */
export const DELIVERY_PEOPLE: DeliveryPerson[] = [
  ...["Sanne Jansen", "Daan de Boer", "Lotte Visser", "Bram Smit", "Femke Mulder", "Thijs Bos", "Noor Meijer"].map(
    (name) => ({ name, email: emailOf(name), bills: true }),
  ),
  { name: "Ruben de Graaf", email: emailOf("Ruben de Graaf"), bills: false },
  { name: "Iris Kok", email: emailOf("Iris Kok"), bills: false },
  { name: "Joris Bakker", email: emailOf("Joris Bakker"), bills: false },
];

function emailOf(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@demo.example`;
}

/** List rate of the utilisation example, EUR per hour. */
export const LIST_RATE = 100;
/** Contract hours per person per week (5 days of 8 hours). */
export const CONTRACT_HOURS_PER_WEEK = 40;

const formatHours = (hours: number) => hours.toFixed(1).replace(".", ",");
const formatDutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * Generate a timesheet export the way a Dutch PSA tool writes it (semicolons, decimal commas,
 * dd-mm-yyyy) for every weekday from `from` to `to`. Each consultant books 6.4 billable hours a
 * day at the list rate (80% of 8 contract hours) plus 1.6 internal hours, so invoiced amount over
 * contract hours times list rate is 7 × 0.8 / 10 = 56% in every whole week. Random overtime is
 * added as unbilled hours: it moves billability but not utilisation.
 */
export function generateTimesheetCsv(from: string, to: string, seed = 2017): string {
  const random = seededRandom(seed);
  const lines = ["datum;medewerker;uren;declarabel;bedrag"];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const person of DELIVERY_PEOPLE) {
      const date = formatDutchDate(day);
      const overtime = random() < 0.2 ? Math.round(random() * 4) / 2 : 0;
      if (person.bills) {
        lines.push(`${date};${person.email};6,4;ja;${formatHours(6.4 * LIST_RATE)}`);
        lines.push(`${date};${person.email};${formatHours(1.6 + overtime)};nee;0`);
      } else {
        lines.push(`${date};${person.email};${formatHours(8 + overtime)};nee;0`);
      }
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

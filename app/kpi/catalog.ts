import type { MetricKind } from "../../db/schema";
import { CATALOG_KPIS } from "./catalog-kpis";
import { CATALOG_METRICS } from "./catalog-metrics";
import type { KpiDefinition, MetricDefinition } from "./types";

/** Names and a one-sentence description in Dutch (the default language) and English. */
export interface CatalogTexts {
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
}

export type CatalogMetric = MetricDefinition & CatalogTexts;
export type CatalogKpi = KpiDefinition & CatalogTexts;

export { CATALOG_KPIS, CATALOG_METRICS };

/** Kind of every built-in metric by key, the scope in which built-in formulas parse. */
export function catalogMetricKinds(): Map<string, MetricKind> {
  return new Map(CATALOG_METRICS.map((metric) => [metric.key, metric.kind]));
}

export function findCatalogKpi(key: string): CatalogKpi | undefined {
  return CATALOG_KPIS.find((kpi) => kpi.key === key);
}

import { z } from "zod";
import { type ColumnMapping, IMPORT_KINDS, type ImportKind, NUMBER_FORMAT_CHOICES } from "./types";

/** The file size limit of the import page; larger exports are imported in parts. */
export const MAX_FILE_MB = 20;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** Fields the user may map to a header, per kind; the long form has fixed header names. */
export const MAPPING_FIELDS: Record<ImportKind, readonly string[]> = {
  snapshots: [],
  "crm-deals": ["stage", "engage_date", "close_date", "value", "owner", "team"],
  timesheet: ["date", "person", "team", "hours", "billable", "amount"],
};

const header = z.string().trim().max(200, { error: "fieldTooLong" }).optional();

/**
 * The import form without its file. `mappedKind` is the kind whose mapping selects were shown:
 * after a change of kind the old mapping no longer applies. Messages are codes under imports.form.
 */
export const importFormSchema = z.object({
  intent: z.enum(["preview", "import"]).catch("preview"),
  kind: z.enum(IMPORT_KINDS, { error: "kindInvalid" }),
  numberFormat: z.enum(NUMBER_FORMAT_CHOICES, { error: "numberFormatInvalid" }),
  mappedKind: z.enum(IMPORT_KINDS).optional().catch(undefined),
  ...Object.fromEntries([...new Set(Object.values(MAPPING_FIELDS).flat())].map((field) => [`map_${field}`, header])),
});

export type ImportForm = z.infer<typeof importFormSchema>;

/** Collect the mapping the user chose on the form. A change of kind drops it. */
export function mappingFromForm(values: Record<string, string>, kind: ImportKind, mappedKind: ImportKind | undefined): ColumnMapping {
  if (mappedKind !== kind) return {};
  const mapping: ColumnMapping = {};
  for (const field of MAPPING_FIELDS[kind]) {
    const chosen = values[`map_${field}`]?.trim();
    if (chosen) mapping[field] = chosen;
  }
  return mapping;
}

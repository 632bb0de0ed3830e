/** One changed field of an audit entry, values as JSON text ("null" for a missing one). */
export interface FieldChange {
  field: string;
  oldValue: string;
  newValue: string;
}

// Timestamps change with every write and show nothing about what changed.
const IGNORED_FIELDS = new Set(["updated_at", "created_at"]);

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const show = (value: unknown) => (value === undefined ? "null" : JSON.stringify(value));

/**
 * The fields that differ between an audit entry's old and new JSON values. Two objects are
 * compared field by field; anything else (a create, a plain value) is one change on the field "".
 */
export function changedFields(oldText: string | null, newText: string | null): FieldChange[] {
  const before = parse(oldText);
  const after = parse(newText);
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

  if (isRecord(before) && isRecord(after)) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !IGNORED_FIELDS.has(field));
    return fields
      .filter((field) => show(before[field]) !== show(after[field]))
      .map((field) => ({ field, oldValue: show(before[field]), newValue: show(after[field]) }));
  }
  if (isRecord(after) && before === null) {
    return Object.entries(after)
      .filter(([field]) => !IGNORED_FIELDS.has(field))
      .map(([field, value]) => ({ field, oldValue: "null", newValue: show(value) }));
  }
  if (show(before) === show(after)) return [];
  return [{ field: "", oldValue: show(before), newValue: show(after) }];
}

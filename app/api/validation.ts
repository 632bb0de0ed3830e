import type { z } from "zod";
import type { FieldErrors } from "../components/forms/field-errors";
import type { ApiIssue } from "./errors";

// Schemas set their issue messages to error codes ("invalid_date"); zod's own messages are sentences.
const CODE = /^[a-z_]+$/;

/**
 * Convert zod issues to API issues. A path under "items.<n>" becomes the item's index and the
 * field within it. Parse with { reportInput: true } so that each issue carries the rejected value.
 */
export function issuesFromZod(error: z.ZodError): ApiIssue[] {
  const issues: ApiIssue[] = [];
  for (const issue of error.issues) {
    const path = [...issue.path];
    let index: number | undefined;
    if (path[0] === "items" && typeof path[1] === "number") {
      index = path[1];
      path.splice(0, 2);
    }
    const base = { ...(index === undefined ? {} : { index }), field: path.length > 0 ? path.map(String).join(".") : "body" };

    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) issues.push({ ...base, field: base.field === "body" ? key : `${base.field}.${key}`, code: "unknown_field" });
      continue;
    }
    // A refinement of a whole item reports the item as its input; only a field's own value is shown.
    const raw = "input" in issue ? issue.input : undefined;
    const input = issue.code === "custom" && raw !== null && typeof raw === "object" ? undefined : raw;
    issues.push({ ...base, ...(input === undefined ? {} : { value: input }), ...codeOf(issue, input) });
  }
  return issues;
}

type IssueCode = { code: string; params?: Record<string, string | number> };

function codeOf(issue: z.core.$ZodIssue, input: unknown): IssueCode {
  if (!CODE.test(issue.message)) return zodCodeOf(issue, input);
  // A schema's own code keeps the params of zod's issue, such as the choices of an enum.
  const params = issue.code === "custom" && issue.params ? (issue.params as Record<string, string | number>) : zodCodeOf(issue, input).params;
  return params ? { code: issue.message, params } : { code: issue.message };
}

function zodCodeOf(issue: z.core.$ZodIssue, input: unknown): IssueCode {
  switch (issue.code) {
    case "invalid_type":
      return input === undefined ? { code: "missing" } : { code: "wrong_type", params: { expected: issue.expected } };
    case "too_small":
      return { code: issue.origin === "string" ? "too_short" : "too_small", params: { min: Number(issue.minimum) } };
    case "too_big":
      return { code: issue.origin === "string" ? "too_long" : "too_big", params: { max: Number(issue.maximum) } };
    case "invalid_value":
      return { code: "invalid_choice", params: { choices: issue.values.map(String).join(", ") } };
    case "invalid_format":
      return { code: "invalid_format" };
    default:
      return { code: "invalid" };
  }
}

/**
 * Convert the field errors of a form schema or a data function to API issues, renaming form fields
 * to the API's ("teamId" → "team"). The value is taken from the request body by the API field name.
 */
export function issuesFromFieldErrors(
  errors: FieldErrors,
  rename: Record<string, string>,
  body: Record<string, unknown>,
): ApiIssue[] {
  return Object.entries(errors).map(([formField, error]) => {
    const field = renameField(formField, rename);
    const value = valueAt(body, field);
    return { field, code: error.code, ...(value === undefined ? {} : { value }), ...(error.params ? { params: error.params } : {}) };
  });
}

function renameField(field: string, rename: Record<string, string>): string {
  const param = /^param\.\d+\.(.+)$/.exec(field);
  if (param) return `params.${param[1]}`;
  return rename[field] ?? field;
}

function valueAt(body: Record<string, unknown>, field: string): unknown {
  let current: unknown = body;
  for (const part of field.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

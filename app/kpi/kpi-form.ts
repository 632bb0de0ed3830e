import type { FieldErrors } from "../components/forms/field-errors";
import { parseDecimal } from "../components/forms/decimal";
import type { Language } from "../i18n/language";
import type { KpiParameter } from "./types";

/** One "key=default" line of the KPI form's parameters field, as typed. */
export interface ParamLine {
  /** 1-based line number in the field. */
  line: number;
  key: string;
  defaultText: string;
}

export type ParamLinesResult = { ok: true; params: KpiParameter[]; lines: ParamLine[] } | { ok: false; errors: FieldErrors };

/**
 * Parse the parameters field: one "key=default" per line, blank lines skipped, the default a
 * number in the reader's language. A parameter is named by its key in both languages.
 */
export function parseParamLines(text: string, language: Language): ParamLinesResult {
  const params: KpiParameter[] = [];
  const lines: ParamLine[] = [];
  const rows = text.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].trim();
    if (row === "") continue;

    const match = /^([^=]+)=(.+)$/.exec(row);
    if (!match) return { ok: false, errors: { params: { code: "param_line", params: { line: i + 1, value: row } } } };
    const key = match[1].trim();
    const defaultText = match[2].trim();
    const value = parseDecimal(defaultText, language);
    if (value === null) return { ok: false, errors: { params: { code: "param_number", params: { line: i + 1, value: row } } } };

    params.push({ key, name_nl: key, name_en: key, default: value });
    lines.push({ line: i + 1, key, defaultText });
  }
  return { ok: true, params, lines };
}

/**
 * Move errors of single parameters ("params.0.key") onto the parameters field, which is where
 * the form shows them, with the offending text as the value. The first such error wins.
 */
export function paramErrorsOnField(errors: FieldErrors, lines: ParamLine[]): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, error] of Object.entries(errors)) {
    const match = /^params\.(\d+)\.(\w+)$/.exec(field);
    if (!match) {
      result[field] = error;
      continue;
    }
    if (result.params) continue;
    const line = lines[Number(match[1])];
    const value = match[2] === "default" ? line?.defaultText : line?.key;
    result.params = { code: error.code, params: { value: value ?? "", ...error.params } };
  }
  return result;
}

/** Return the line of a formula that contains a 1-based position, and a caret under that position. */
export function caretAt(formula: string, position: number): [string, string] {
  const before = formula.slice(0, position - 1);
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = formula.indexOf("\n", lineStart);
  const line = formula.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return [line, `${" ".repeat(position - 1 - lineStart)}^`];
}

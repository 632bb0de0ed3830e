import { parseArgs } from "node:util";
import { type Language, parseLanguage } from "../i18n/language";
import { MAPPING_FIELDS } from "./form";
import { type ColumnMapping, IMPORT_KINDS, type ImportKind, NUMBER_FORMAT_CHOICES, type NumberFormatChoice } from "./types";

export interface ImportCommandArgs {
  kind: ImportKind;
  file: string;
  numberFormat: NumberFormatChoice;
  mapping: ColumnMapping;
  dryRun: boolean;
  language: Language;
}

/** A rejected argument as a code with parameters, worded by the command under imports.cli.args. */
export interface ArgumentError {
  code: "invalid_option" | "invalid_language" | "unknown_kind" | "missing_file" | "extra_argument" | "invalid_number_format" | "invalid_map" | "unknown_map_field";
  params: Record<string, string>;
}

/** Find the --lang value (Dutch by default) before parsing, so that argument errors are in that language too. */
export function languageFromArgv(argv: string[]): Language {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index < 0) return "nl";
  return parseLanguage(argv[index].includes("=") ? argv[index].slice("--lang=".length) : argv[index + 1]);
}

/** Parse `<kind> <file> [--number-format nl|en] [--map field=column ...] [--dry-run] [--lang nl|en]`. */
export function parseImportArgs(argv: string[]): { ok: true; args: ImportCommandArgs } | { ok: false; error: ArgumentError } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "number-format": { type: "string" },
        map: { type: "string", multiple: true },
        "dry-run": { type: "boolean" },
        lang: { type: "string" },
      },
    });
  } catch (error) {
    return fail("invalid_option", { detail: error instanceof Error ? error.message : String(error) });
  }

  const lang = parsed.values.lang;
  if (lang !== undefined && lang !== "nl" && lang !== "en") return fail("invalid_language", { value: lang });

  const [kind, file, ...rest] = parsed.positionals;
  const knownKind = IMPORT_KINDS.find((candidate) => candidate === kind);
  if (!knownKind) return fail("unknown_kind", { value: kind ?? "", kinds: IMPORT_KINDS.join(", ") });
  if (!file) return fail("missing_file", {});
  if (rest.length > 0) return fail("extra_argument", { value: rest.join(" ") });

  const numberFormat = NUMBER_FORMAT_CHOICES.find((choice) => choice === (parsed.values["number-format"] ?? "auto"));
  if (!numberFormat) return fail("invalid_number_format", { value: parsed.values["number-format"] ?? "" });

  const mapping: ColumnMapping = {};
  for (const entry of parsed.values.map ?? []) {
    const separator = entry.indexOf("=");
    if (separator < 1 || separator === entry.length - 1) return fail("invalid_map", { value: entry });
    const field = entry.slice(0, separator);
    if (!MAPPING_FIELDS[knownKind].includes(field)) {
      return fail("unknown_map_field", { value: field, kind: knownKind, fields: MAPPING_FIELDS[knownKind].join(", ") || "-" });
    }
    mapping[field] = entry.slice(separator + 1);
  }

  return {
    ok: true,
    args: {
      kind: knownKind,
      file,
      numberFormat,
      mapping,
      dryRun: parsed.values["dry-run"] ?? false,
      language: parseLanguage(lang),
    },
  };
}

function fail(code: ArgumentError["code"], params: Record<string, string>): { ok: false; error: ArgumentError } {
  return { ok: false, error: { code, params } };
}

// Imports a CSV file from the command line:
//   npm run import -- <kind> <file> [--number-format nl|en] [--map field=column ...] [--dry-run] [--lang nl|en]
// Prints the preview and every row error in the chosen language, then writes unless --dry-run.
// Exit codes: 0 written (or dry run, or already imported), 1 row errors (nothing written), 2 bad arguments.
import fs from "node:fs";
import path from "node:path";
import type { TFunction } from "i18next";
import { prepareDatabase } from "../app/boot.server";
import { formatDate, formatNumber } from "../app/i18n/format";
import { translator } from "../app/i18n/i18n";
import type { Language } from "../app/i18n/language";
import { languageFromArgv, parseImportArgs } from "../app/imports/command-args";
import { type ImportInput, type ImportPreview, previewImport, runImport } from "../app/imports/import.server";
import { rowErrorMessage, separatorName } from "../app/imports/messages";
import { todayIn } from "../app/kpi/calendar";
import { logger } from "../app/logger.server";
import { getSettings } from "../app/okr/settings.server";
import { databasePathFromUrl, openDatabase } from "../db/connection";

const EXIT_ROW_ERRORS = 1;
const EXIT_BAD_ARGUMENTS = 2;

/** Read the arguments and the file, or return the message that explains why they are rejected. */
function readInput(argv: string[], t: TFunction): (ImportInput & { dryRun: boolean }) | string {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) return t("imports.cli.badArguments", { reason: t(`imports.cli.args.${parsed.error.code}`, parsed.error.params) });

  const { file, dryRun, kind, numberFormat, mapping } = parsed.args;
  try {
    const content = new Uint8Array(fs.readFileSync(file));
    return { kind, fileName: path.basename(file), content, numberFormat, mapping, dryRun };
  } catch (error) {
    return t("imports.cli.unreadable", { file, reason: error instanceof Error ? error.message : String(error) });
  }
}

function printPreview(preview: ImportPreview, t: TFunction, language: Language) {
  const count = (value: number) => formatNumber(language, value, 0);
  const lines = [
    t("imports.cli.summary", { fileName: preview.fileName, kind: t(`imports.kinds.${preview.kind}`) }),
    `  ${t("imports.page.rowsRead")}: ${count(preview.rowsRead)}`,
    `  ${t("imports.page.rowsSkipped")}: ${count(preview.rowsSkipped)}`,
    `  ${t("imports.page.snapshotCount")}: ${count(preview.snapshotCount)}`,
    ...(preview.kind === "crm-deals" ? [`  ${t("imports.page.openDealsIgnored")}: ${count(preview.openDealsIgnored)}`] : []),
    `  ${t("imports.page.separator")}: ${separatorName(t, preview.separator)}`,
    `  ${t("imports.page.numberFormatUsed")}: ${t(`imports.numberFormats.${preview.numberFormat}`)}`,
  ];
  if (preview.sample.length > 0) {
    lines.push(t("imports.page.sampleTitle", { count: preview.sample.length }));
    for (const row of preview.sample) {
      const period = `${formatDate(language, row.periodStart)}..${formatDate(language, row.periodEnd)}`;
      lines.push(`  ${row.metricKey}  ${row.teamKey}  ${period}  ${formatNumber(language, row.value, 6)}`);
    }
  }
  if (preview.overlapCount > 0) {
    lines.push(t("imports.page.overlaps", { count: preview.overlapCount }));
    const span = (p: { start: string; end: string }) => `${formatDate(language, p.start)} – ${formatDate(language, p.end)}`;
    for (const o of preview.overlaps) {
      lines.push(`  ${t("imports.page.overlapExample", { metric: o.metricKey, team: o.teamKey, period: span(o.period), other: span(o.other) })}`);
    }
  }
  console.log(lines.join("\n"));
  for (const error of preview.errors) console.error(rowErrorMessage(t, language, error));
}

async function main(argv: string[]): Promise<number> {
  const language = languageFromArgv(argv);
  const t = translator(language);
  const input = readInput(argv, t);
  if (typeof input === "string") {
    console.error(`${input}\n\n${t("imports.cli.usage")}`);
    return EXIT_BAD_ARGUMENTS;
  }
  if (!process.env.LOG_LEVEL) logger.level = "warn";

  const db = openDatabase(databasePathFromUrl(process.env.DATABASE_URL));
  try {
    const now = new Date();
    await prepareDatabase(db, { now });
    const preview = await previewImport(db, input);
    printPreview(preview, t, language);
    if (preview.errors.length > 0) {
      console.error(t("imports.cli.rejected", { count: preview.errors.length }));
      return EXIT_ROW_ERRORS;
    }
    if (input.dryRun) {
      console.log(t("imports.cli.dryRun"));
      return 0;
    }

    // NOTE: the command has no signed-in person, so the import and its audit entry carry no actor.
    const outcome = await runImport(db, { personId: null, role: "admin" }, input, now);
    if (outcome.status === "invalid") {
      for (const error of outcome.preview.errors) console.error(rowErrorMessage(t, language, error));
      return EXIT_ROW_ERRORS;
    }
    if (outcome.status === "already_imported") {
      const { timeZone } = await getSettings(db);
      const importedOn = todayIn(timeZone, new Date(outcome.importedAt));
      console.log(t("imports.page.alreadyImportedDone", { date: formatDate(language, importedOn) }));
      return 0;
    }
    console.log(t("imports.cli.written", { id: outcome.importId, ...outcome.written }));
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    logger.error({ err: error }, "import command failed");
    process.exitCode = EXIT_ROW_ERRORS;
  },
);

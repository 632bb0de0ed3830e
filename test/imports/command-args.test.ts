import { languageFromArgv, parseImportArgs } from "~/imports/command-args";

describe("parseImportArgs", () => {
  test("kind, file and defaults", () => {
    expect(parseImportArgs(["snapshots", "omzet.csv"])).toEqual({
      ok: true,
      args: { kind: "snapshots", file: "omzet.csv", numberFormat: "auto", mapping: {}, dryRun: false, language: "nl" },
    });
  });

  test("every option", () => {
    const argv = ["crm-deals", "deals.csv", "--number-format", "en", "--map", "owner=Verkoper", "--map", "close_date=Datum = gesloten", "--dry-run", "--lang", "en"];
    expect(parseImportArgs(argv)).toEqual({
      ok: true,
      args: {
        kind: "crm-deals",
        file: "deals.csv",
        numberFormat: "en",
        mapping: { owner: "Verkoper", close_date: "Datum = gesloten" },
        dryRun: true,
        language: "en",
      },
    });
  });

  test.each([
    [[], "unknown_kind"],
    [["excel", "a.csv"], "unknown_kind"],
    [["snapshots"], "missing_file"],
    [["snapshots", "a.csv", "b.csv"], "extra_argument"],
    [["snapshots", "a.csv", "--verbose"], "invalid_option"],
    [["snapshots", "a.csv", "--number-format", "de"], "invalid_number_format"],
    [["snapshots", "a.csv", "--lang", "fr"], "invalid_language"],
    [["timesheet", "a.csv", "--map", "hours"], "invalid_map"],
    [["timesheet", "a.csv", "--map", "hours="], "invalid_map"],
    [["timesheet", "a.csv", "--map", "owner=Verkoper"], "unknown_map_field"],
    [["snapshots", "a.csv", "--map", "value=Waarde"], "unknown_map_field"],
  ])("%j is %s", (argv, code) => {
    const result = parseImportArgs(argv);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe("languageFromArgv", () => {
  test.each([
    [["snapshots", "a.csv"], "nl"],
    [["snapshots", "a.csv", "--lang", "en"], "en"],
    [["--lang=en", "snapshots"], "en"],
    [["--lang", "fr"], "nl"],
  ])("%j is %s", (argv, language) => {
    expect(languageFromArgv(argv)).toBe(language);
  });
});

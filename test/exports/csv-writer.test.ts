import Papa from "papaparse";
import { CSV_DIALECTS, formatCsvNumber, neutraliseText, writeCsv } from "~/exports/csv-writer";

const nl = CSV_DIALECTS.nl;
const en = CSV_DIALECTS.en;

describe("neutraliseText", () => {
  test.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+31 20 123 4567", "'+31 20 123 4567"],
    ["-5 clients", "'-5 clients"],
    ["@cmd", "'@cmd"],
    ["\tindented", "'\tindented"],
    ["\rcarriage", "'\rcarriage"],
    ["Sales East", "Sales East"],
    ["a=b", "a=b"],
    [" =leading space", " =leading space"],
    ["", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(neutraliseText(input)).toBe(expected);
  });
});

describe("formatCsvNumber", () => {
  test.each([
    [1234.56, "1234,56", "1234.56"],
    [-12.5, "-12,5", "-12.5"],
    [-3, "-3", "-3"],
    [0.7, "0,7", "0.7"],
    [1_000_000, "1000000", "1000000"],
    [0.0000001, "0,0000001", "0.0000001"],
    [1e21, "1000000000000000000000", "1000000000000000000000"],
    [-0, "0", "0"],
    [0.123456789012, "0,123456789", "0.123456789"],
  ])("%d is %j in nl and %j in en", (value, dutch, english) => {
    expect(formatCsvNumber(value, nl)).toBe(dutch);
    expect(formatCsvNumber(value, en)).toBe(english);
  });

  test("non-finite numbers are empty cells", () => {
    expect(formatCsvNumber(Number.NaN, nl)).toBe("");
    expect(formatCsvNumber(Number.POSITIVE_INFINITY, en)).toBe("");
  });
});

describe("writeCsv escaping", () => {
  test("text cells starting with a trigger get a quote", () => {
    const text = writeCsv(["name"], [["=HYPERLINK(\"http://x\")"], ["-minus"], ["@at"], ["+plus"]], en);
    const rows = Papa.parse<string[]>(text.trim(), { delimiter: "," }).data;
    expect(rows.map((row) => row[0])).toEqual(["name", "'=HYPERLINK(\"http://x\")", "'-minus", "'@at", "'+plus"]);
  });

  test("negative numbers are not neutralised", () => {
    const text = writeCsv(["value"], [[-12.5], [-1000]], nl);
    expect(text).toBe("\uFEFFvalue\r\n-12,5\r\n-1000\r\n");
  });

  test("a header cell is escaped too", () => {
    expect(writeCsv(["=x"], [], en)).toBe("'=x\r\n");
  });

  test("a text cell that looks negative stays text", () => {
    const text = writeCsv(["team"], [["-5"]], en);
    expect(text).toBe("team\r\n'-5\r\n");
  });
});

describe("writeCsv dialects", () => {
  test("Dutch: byte order mark, semicolons, decimal commas", () => {
    const text = writeCsv(["team", "score"], [["Sales", 0.65], ["Delivery", null]], nl);
    expect(text).toBe("\uFEFFteam;score\r\nSales;0,65\r\nDelivery;\r\n");
  });

  test("English: no byte order mark, commas, decimal points", () => {
    const text = writeCsv(["team", "score"], [["Sales", 0.65]], en);
    expect(text).toBe("team,score\r\nSales,0.65\r\n");
  });

  test("cells with the separator, quotes or line breaks are quoted", () => {
    const text = writeCsv(["title"], [["Grow; profitably"], ['Say "hi"'], ["two\nlines"]], nl);
    expect(text).toBe('\uFEFFtitle\r\n"Grow; profitably"\r\n"Say ""hi"""\r\n"two\nlines"\r\n');
  });

  test("a decimal comma is not quoted in Dutch", () => {
    expect(writeCsv(["v"], [[1.5]], nl)).toBe("\uFEFFv\r\n1,5\r\n");
  });
});

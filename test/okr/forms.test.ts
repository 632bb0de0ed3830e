import { parseKeyResultForm, parseObjectiveForm } from "~/okr/forms";

const objective = (overrides: Record<string, string> = {}) => ({
  title: "Grow",
  description: "",
  period: "2026-Q4",
  teamId: "1",
  ownerId: "",
  parentId: "",
  status: "active",
  ...overrides,
});

const keyResult = (overrides: Record<string, string> = {}) => ({
  title: "Hit rate",
  ownerId: "",
  weight: "1",
  kind: "increase",
  kpiId: "3",
  scopeTeamId: "",
  windowKind: "quarter",
  windowLength: "",
  baseline: "30",
  target: "40",
  ...overrides,
});

describe("parseObjectiveForm", () => {
  test("valid form gives typed input", () => {
    expect(parseObjectiveForm(objective({ ownerId: "2", description: "  why  " }))).toEqual({
      ok: true,
      input: { title: "Grow", description: "why", period: "2026-Q4", teamId: 1, ownerId: 2, parentId: null, status: "active" },
    });
  });

  test.each([
    ["title", "", "required"],
    ["title", "x".repeat(201), "too_long"],
    ["period", "2026-Q5", "invalid_period"],
    ["period", "26", "invalid_period"],
    ["teamId", "", "required"],
    ["teamId", "abc", "invalid_choice"],
    ["status", "done", "invalid_choice"],
  ])("%s %j is %s", (field, value, code) => {
    const result = parseObjectiveForm(objective({ [field]: value }));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.code).toBe(code);
  });

  test("year period is accepted", () => {
    expect(parseObjectiveForm(objective({ period: "2026" })).ok).toBe(true);
  });
});

describe("parseKeyResultForm", () => {
  test("Dutch decimals and the chosen KPI's parameters", () => {
    const result = parseKeyResultForm(
      keyResult({ weight: "0,5", baseline: "30,5", "param.3.list_rate": "95,5", "param.4.list_rate": "7" }),
      "nl",
    );

    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input.weight).toBe(0.5);
      expect(result.input.baseline).toBe(30.5);
      expect(result.input.params).toEqual({ list_rate: 95.5 });
    }
  });

  test("empty parameter takes the default", () => {
    const result = parseKeyResultForm(keyResult({ "param.3.list_rate": "" }), "nl");

    expect(result.ok).toBe(true);
    if (result.ok) expect(result.input.params).toEqual({});
  });

  test.each([
    [{ kpiId: "" }, "kpiId", "required"],
    [{ target: "" }, "target", "required"],
    [{ baseline: "" }, "baseline", "required"],
    [{ weight: "" }, "weight", "required"],
    [{ weight: "-1" }, "weight", "negative_weight"],
    [{ weight: "1001" }, "weight", "too_large"],
    [{ windowKind: "trailing_weeks" }, "windowLength", "required"],
    [{ windowKind: "trailing_weeks", windowLength: "53" }, "windowLength", "window_length"],
    [{ windowKind: "trailing_months", windowLength: "2,5" }, "windowLength", "window_length"],
    [{ kind: "sideways" }, "kind", "invalid_choice"],
    [{ kind: "milestone", grade: "1,5" }, "grade", "grade_range"],
    [{ "param.3.list_rate": "veel" }, "param.3.list_rate", "invalid_number"],
  ])("%j gives %s %s", (overrides, field, code) => {
    const result = parseKeyResultForm(keyResult(overrides), "nl");

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.code).toBe(code);
  });

  test("stay at least needs no baseline", () => {
    expect(parseKeyResultForm(keyResult({ kind: "at_least", baseline: "" }), "en").ok).toBe(true);
  });

  test("milestone needs no KPI, baseline or target", () => {
    const result = parseKeyResultForm(keyResult({ kind: "milestone", kpiId: "", baseline: "", target: "" }), "en");

    expect(result.ok).toBe(true);
  });

  test("trailing 6 weeks is accepted", () => {
    const result = parseKeyResultForm(keyResult({ windowKind: "trailing_weeks", windowLength: "6" }), "en");

    expect(result.ok).toBe(true);
    if (result.ok) expect(result.input.windowLength).toBe(6);
  });
});

import { KeyResultForm } from "~/components/forms/key-result-form";
import { ObjectiveForm } from "~/components/forms/objective-form";
import { PersonForm, TeamCreateForm, TeamEditForm } from "~/components/forms/people-forms";
import { SnapshotForm } from "~/components/forms/snapshot-form";
import { renderPage, textOf } from "../../routes/render";

const teams = [
  { id: 1, label: "Company" },
  { id: 2, label: "· Sales" },
];
const people = [{ id: 5, label: "Anna Admin" }];
const kpis = [
  { id: 7, label: "Hit rate (%)", unit: "%", params: [] },
  { id: 8, label: "Utilisation (%)", unit: "%", params: [{ field: "param.8.list_rate", label: "Parameter list rate", defaultText: "100" }] },
];

describe("ObjectiveForm", () => {
  test("keeps values and shows errors", async () => {
    const html = await renderPage(
      <ObjectiveForm
        values={{ title: "Grow", description: "", period: "2026-Q5", teamId: "2", ownerId: "", parentId: "", status: "draft" }}
        errors={{ period: "Periode: \"2026-Q5\" is geen periode." }}
        teams={teams}
        people={people}
        parents={[{ id: 3, label: "2026 · Year goal" }]}
        submitLabel="Opslaan"
        cancelTo="/"
      />,
      "nl",
    );

    expect(html).toContain('value="2026-Q5"');
    expect(html).toContain('aria-invalid="true"');
    expect(textOf(html)).toContain('Periode: "2026-Q5" is geen periode.');
    expect(textOf(html)).toContain("2026 · Year goal");
    expect(html).toMatch(/<option value="draft" selected="">concept<\/option>/);
  });
});

describe("KeyResultForm", () => {
  test.each([
    ["nl", "Startwaarde", "verhogen naar", "Standaard 100"],
    ["en", "Baseline", "increase to", "Default 100"],
  ] as const)("renders in %s with the unit", async (language, baseline, kind, paramHint) => {
    const html = await renderPage(
      <KeyResultForm
        action="/key-results/new?objective=1"
        values={{ title: "", ownerId: "", weight: "1", kind: "increase", kpiId: "7", scopeTeamId: "", windowKind: "quarter", windowLength: "", baseline: "", target: "" }}
        errors={{}}
        kpis={kpis}
        teams={teams}
        people={people}
        objectiveTeam="Sales"
        showGrade
        submitLabel="Save"
        cancelTo="/objectives/1"
      />,
      language,
    );

    const text = textOf(html);
    expect(text).toContain(baseline);
    expect(text).toContain(kind);
    expect(text).toContain(paramHint);
    expect(text).toMatch(/%/);
    expect(html).toContain('name="param.8.list_rate"');
    expect(html).toContain('list="grades"');
  });
});

describe("people forms", () => {
  test("team and person forms render their fields", async () => {
    const html = await renderPage(
      <>
        <TeamCreateForm values={{ key: "sales-east", name: "", parentId: "2" }} errors={{ name: "Naam ontbreekt" }} teams={teams} />
        <TeamEditForm values={{ name: "Company", parentId: "", leadPersonId: "5" }} errors={{}} teams={teams} people={people} isRoot />
        <PersonForm values={{ name: "", email: "", role: "lead", teamId: "2", startedOn: "", endedOn: "" }} errors={{}} teams={teams} intent="createPerson" submitLabel="Aanmaken" />
      </>,
      "nl",
    );

    expect(html).toContain('value="createTeam"');
    expect(html).toContain('value="createPerson"');
    expect(textOf(html)).toContain("Naam ontbreekt");
    expect(html).toMatch(/<option value="lead" selected="">teamleider<\/option>/);
  });
});

describe("SnapshotForm", () => {
  test("labels metrics with unit and kind", async () => {
    const html = await renderPage(
      <SnapshotForm
        values={{ metricId: "3", teamId: "1", periodType: "week", period: "", value: "" }}
        errors={{}}
        metrics={[{ id: 3, name: "gewerkte uren", unit: "h", kind: "flow" }]}
        teams={teams}
      />,
      "nl",
    );

    expect(textOf(html)).toContain("gewerkte uren (uur, stroom)");
    expect(html).toMatch(/<option value="week" selected="">ISO-week<\/option>/);
  });
});

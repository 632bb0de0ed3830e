import { describe, expect, test } from "vitest";
import { parseKpiQuery } from "~/kpi/kpi-query";

const parse = (search: string) => parseKpiQuery(new URL(`http://localhost/kpis/hit_rate${search}`));

describe("parseKpiQuery", () => {
  test.each([
    { search: "", query: {}, errors: {} },
    { search: "?team=&interval=&from=&to=", query: {}, errors: {} },
    {
      search: "?team=2&team=3&team=2&interval=week&from=2017-01-01&to=2017-12-31",
      query: { teamIds: [2, 3], interval: "week", from: "2017-01-01", to: "2017-12-31" },
      errors: {},
    },
    { search: "?team=abc&team=4", query: { teamIds: [4] }, errors: { team: { code: "unknown_team", params: { value: "abc" } } } },
    { search: "?team=-1", query: {}, errors: { team: { code: "unknown_team", params: { value: "-1" } } } },
    { search: "?interval=day", query: {}, errors: { interval: { code: "invalid_interval", params: { value: "day" } } } },
    { search: "?from=2017-02-31", query: {}, errors: { from: { code: "invalid_date", params: { value: "2017-02-31" } } } },
    { search: "?to=31-12-2017", query: {}, errors: { to: { code: "invalid_date", params: { value: "31-12-2017" } } } },
  ])("query $search", ({ search, query, errors }) => {
    expect(parse(search)).toEqual({ query, errors });
  });
});

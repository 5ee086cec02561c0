import { describe, expect, it } from "vitest";
import { DATASETS } from "../../src/cli/export.js";
import { comparePartialDates } from "../../src/core/partial-dates.js";
import { datasetFreshness, latestPopulation, sources } from "../../src/index.js";
import { C5 } from "../data/all.js";

const published = new Map<string, string>(sources.map((s) => [s.id, s.published]));

/** Source ids cited anywhere in a dataset, found by serialising it. */
function cited(records: readonly object[]): string[] {
  const ids = new Set<string>();
  JSON.stringify(records, (key, value) => {
    if ((key === "source" || key.endsWith("Source")) && typeof value === "string") ids.add(value);
    if (key === "sources" && Array.isArray(value)) for (const id of value) if (typeof id === "string") ids.add(id);
    return value;
  });
  return [...ids];
}

describe("datasetFreshness", () => {
  const rows = datasetFreshness();

  it("covers every published dataset", () => {
    expect(rows.map((r) => r.dataset).sort()).toEqual(Object.keys(DATASETS).sort());
  });

  it.each(rows.filter((r) => r.dataset !== "sources").map((r) => [r.dataset, r] as const))(
    "names for %s a cited source no other cited source is newer than",
    (dataset, row) => {
      const ids = cited(DATASETS[dataset] ?? []);
      expect(row.records).toBe(DATASETS[dataset]?.length);
      expect(row.sources).toBe(ids.length);
      // a dataset whose records cite no source (coverage gaps state a reason instead) has no newest source
      if (ids.length === 0) {
        expect(row.newestSource).toBeNull();
        return;
      }
      expect(ids).toContain(row.newestSource?.id);
      for (const id of ids)
        expect(comparePartialDates(published.get(id) ?? "0000", row.newestSource?.published ?? "")).toBeLessThanOrEqual(0);
    },
  );

  it("dates the import-dependence dataset by the MCS 2026 chapters and the country profiles by 2026 figures", () => {
    expect(rows.find((r) => r.dataset === "import-dependence")?.newestSource?.published).toBe("2026-02");
    expect(rows.find((r) => r.dataset === "countries")?.newestSource?.published.slice(0, 4)).toBe("2026");
  });
});

describe("latestPopulation", () => {
  it.each(C5)("gives %s's newest dated figure and keeps the older ones", (code) => {
    const latest = latestPopulation(code);
    const series = root(code);
    expect(series.length).toBeGreaterThan(1);
    for (const p of series)
      expect(comparePartialDates(p.asOf ?? String(p.year), latest?.asOf ?? String(latest?.year))).toBeLessThanOrEqual(0);
  });

  it("gives the national statistics figures at 1 January 2026 where they were found", () => {
    // Bureau of National Statistics (KZ), National Statistics Committee (UZ), Statistical Agency (TJ), as reported.
    expect(latestPopulation("KZ")).toMatchObject({ value: 20495975, asOf: "2026-01-01", estimate: false });
    expect(latestPopulation("UZ")).toMatchObject({ value: 38236704, asOf: "2026-01-01", estimate: false });
    expect(latestPopulation("TJ")).toMatchObject({ value: 10721000, asOf: "2026-01-01", estimate: false });
    expect(latestPopulation("US", { official: true })?.year).toBe(2020);
    expect(latestPopulation("FR")).toBeUndefined();
    expect(() => latestPopulation(1 as unknown as string)).toThrow(TypeError);
  });
});

import { getCountry } from "../../src/countries.js";

function root(code: string) {
  return getCountry(code)?.profile?.population ?? [];
}

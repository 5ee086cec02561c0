import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figures, figureTables } from "../../src/datasets/figures.js";
import { c5Share, concentration, producerRanking } from "../../src/queries/concentration.js";
import { figureSeries, supplyColumn, worldShares } from "../../src/queries/supply.js";
import type { Measure } from "../../src/schemas/figure.js";

// Every column of every table the package holds, as a selector.
const columns = [
  ...new Map(
    figures.map((f) => [
      `${f.mineral}|${f.measure}|${f.year}|${f.vintage}|${f.form ?? ""}`,
      {
        mineral: f.mineral,
        measure: f.measure as Measure,
        year: f.year,
        vintage: f.vintage,
        ...(f.form ? { form: f.form } : {}),
      },
    ]),
  ).values(),
];
const tolerance = (table: string) => figureTables.find((t) => t.id === table)?.sumTolerance ?? 0;

describe("supplyColumn", () => {
  it("refuses to mix forms and says which to choose", () => {
    expect(() => supplyColumn({ mineral: "silicon", measure: "production", year: 2024 })).toThrow(/pass one of the forms/);
  });
  it("names what is missing", () => {
    expect(() => supplyColumn({ mineral: "unobtainium" })).toThrow(/selector\.mineral: no mineral matches "unobtainium"/);
    expect(() => supplyColumn({ mineral: "zinc", measure: "mine-production", year: 1950 })).toThrow(/in 1950/);
  });
  it("returns one unit, one basis and one table per column", () => {
    fc.assert(
      fc.property(fc.constantFrom(...columns), (selector) => {
        const c = supplyColumn(selector);
        const all = [...c.countries, ...(c.other ? [c.other] : []), ...(c.world ? [c.world] : [])];
        expect(new Set(all.map((f) => `${f.unit}|${f.basis}|${f.table}`)).size).toBe(1);
      }),
      { numRuns: columns.length },
    );
  });
});

describe("analytics over every column (property-based)", () => {
  it("shares of all producers sum to at most 100 % plus the source's rounding", () => {
    fc.assert(
      fc.property(fc.constantFrom(...columns), (selector) => {
        const r = producerRanking(selector);
        const world = r.worldTotal;
        if (world === null || world === 0 || r.column.world?.bound !== undefined) return;
        const sum = r.ranked.reduce((s, x) => s + (x.share ?? 0), 0);
        expect(sum).toBeLessThanOrEqual(1 + tolerance(r.column.table) / world + 1e-9);
      }),
      { numRuns: columns.length },
    );
  });

  it("rankings are sorted, ranks are 1-based and ties keep country-code order", () => {
    fc.assert(
      fc.property(fc.constantFrom(...columns), (selector) => {
        const { ranked, unranked } = producerRanking(selector);
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1];
          const b = ranked[i];
          if (!a || !b) continue;
          expect(a.figure.value ?? 0).toBeGreaterThanOrEqual(b.figure.value ?? 0);
          if (a.figure.value === b.figure.value) {
            expect(a.figure.country < b.figure.country).toBe(true);
            expect(a.rank).toBe(b.rank);
          } else expect(b.rank).toBe(i + 1);
        }
        if (ranked[0]) expect(ranked[0].rank).toBe(1);
        expect(unranked.every((f) => f.value === null)).toBe(true);
        expect(producerRanking(selector).ranked.map((x) => x.figure.country)).toEqual(ranked.map((x) => x.figure.country));
      }),
      { numRuns: columns.length },
    );
  });

  it("HHI lies in [0, 10000] and top-1 <= top-3 <= coverage", () => {
    fc.assert(
      fc.property(fc.constantFrom(...columns), (selector) => {
        const c = concentration(selector);
        if (c.hhi === null) return;
        expect(c.hhi).toBeGreaterThanOrEqual(0);
        expect(c.hhi).toBeLessThanOrEqual(10_000 * (1 + tolerance(c.column.table) / (c.worldTotal ?? 1)) ** 2);
        expect(c.top1Share ?? 0).toBeLessThanOrEqual((c.top3Share ?? 0) + 1e-12);
        expect(c.top3Share ?? 0).toBeLessThanOrEqual((c.coverage ?? 0) + 1e-12);
      }),
      { numRuns: columns.length },
    );
  });

  it("the C5 share is the sum of the C5 countries' shares", () => {
    fc.assert(
      fc.property(fc.constantFrom(...columns), (selector) => {
        const c5 = c5Share(selector);
        const r = producerRanking(selector);
        const expected = r.ranked
          .filter((x) => ["KZ", "KG", "TJ", "TM", "UZ"].includes(x.figure.country))
          .reduce((s, x) => s + (x.share ?? 0), 0);
        if (c5.share !== null) expect(c5.share).toBeCloseTo(expected, 12);
      }),
      { numRuns: columns.length },
    );
  });
});

describe("worldShares and figureSeries", () => {
  it("divide by the world total of the same column", () => {
    for (const s of worldShares("UZ", "gold")) {
      expect(s.world.table).toBe(s.figure.table);
      expect(s.share).toBeCloseTo((s.figure.value ?? 0) / (s.world.value ?? 1), 12);
    }
  });
  it("return nothing for a country without figures", () => {
    expect(worldShares("TM", "gold")).toEqual([]);
  });
  it("give one vintage per series, in year order", () => {
    const series = figureSeries("KZ", "uranium", "mine-production");
    expect(series.length).toBeGreaterThan(5);
    expect(new Set(series.map((p) => p.figure.vintage)).size).toBe(1);
    expect(series.map((p) => p.year)).toEqual([...series.map((p) => p.year)].sort((a, b) => a - b));
  });
});

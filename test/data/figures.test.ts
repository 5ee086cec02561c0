import { describe, expect, it } from "vitest";
import { figures, figureTables } from "../../src/figures.js";
import { figureSeries, productionProfile, worldShares } from "../../src/queries/supply.js";
import { columnSums } from "../../src/usgs/sums.js";
import { C5 } from "./all.js";

const columnKey = (f: (typeof figures)[number]) => [f.table, f.measure, f.year, f.form ?? "", f.basis].join("|");

const worldTables = figureTables.filter((t) => t.kind !== "alternative");

/**
 * Columns whose printed world total the package leaves out, each with the reason (the table's note says it too):
 * table id, measure and year.
 */
const WORLD_LEFT_OUT: Readonly<Record<string, string>> = {
  // MCS2025_World_Data.csv, Clays, Kaolin, World total (rounded): PROD_EST_ 2024 reads 4400, a tenth of what its
  // rows add to (44,240) and of the 2023 total (44,400); a digit lost, not corrected by the package
  "usgs-mcs-2025-clays-kaolin mine-production 2024": "misprinted world total",
};
const alternativeTables = figureTables.filter((t) => t.kind === "alternative");

describe.each(worldTables.map((t) => [t.id, t] as const))("world table %s", (_id, table) => {
  const rows = figures.filter((f) => f.table === table.id);

  it("adds up to its world total within the source's rounding, or says why it cannot be checked", () => {
    const sums = columnSums(table, rows);
    expect(sums.length).toBeGreaterThan(0);
    for (const s of sums) {
      if (s.skipped === undefined) {
        expect(Math.abs(s.rowSum - (s.world ?? 0)), `${s.measure} ${s.year} ${s.form ?? ""}`).toBeLessThanOrEqual(
          table.sumTolerance,
        );
      } else {
        expect(table.note, `${s.measure} ${s.year}: ${s.skipped}`).toBeDefined();
      }
    }
  });

  it("has one world total and at most one 'other countries' row per column, in one unit", () => {
    const columns = new Map<string, typeof rows>();
    for (const f of rows) columns.set(columnKey(f), [...(columns.get(columnKey(f)) ?? []), f]);
    for (const [key, column] of columns) {
      const first = column[0];
      const leftOut = first !== undefined && `${first.table} ${first.measure} ${first.year}` in WORLD_LEFT_OUT;
      expect(column.filter((f) => f.country === "WORLD").length, key).toBe(leftOut ? 0 : 1);
      expect(column.filter((f) => f.country === "OTHER").length, key).toBeLessThanOrEqual(1);
      expect(new Set(column.map((f) => f.unit)).size, key).toBe(1);
      expect(new Set(column.map((f) => f.country)).size, key).toBe(column.length);
    }
  });

  it("accounts for every C5 state: listed with a row, or said not to be", () => {
    expect([...table.c5Listed, ...table.c5NotListed].sort()).toEqual([...C5].sort());
    const withRows = new Set<string>(rows.map((f) => f.country));
    for (const code of table.c5Listed) expect(withRows.has(code), code).toBe(true);
    for (const code of table.c5NotListed) expect(withRows.has(code), code).toBe(false);
  });

  it("keeps one source and one vintage", () => {
    expect(new Set(rows.map((f) => f.source))).toEqual(new Set([table.source]));
    expect(new Set(rows.map((f) => f.vintage))).toEqual(new Set([table.vintage]));
  });
});

describe.each(alternativeTables.map((t) => [t.id, t] as const))("alternative table %s", (_id, table) => {
  const rows = figures.filter((f) => f.table === table.id);
  it("has no aggregates and a vintage of its own, apart from every world table", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((f) => f.country === "WORLD" || f.country === "OTHER")).toBe(false);
    expect(worldTables.some((t) => t.vintage === table.vintage)).toBe(false);
  });
  it("stays out of the analytics' series", () => {
    for (const f of rows) {
      const series = figureSeries(f.country, f.mineral, f.measure);
      expect(series.some((p) => p.figure.table === table.id)).toBe(false);
    }
  });
});

describe("figures", () => {
  it("are null exactly when withheld, not available or not applicable", () => {
    for (const f of figures)
      expect(f.value === null).toBe(
        f.status === "withheld" ||
          f.status === "not-available" ||
          f.status === "not-applicable" ||
          f.status === "less-than-half-unit",
      );
  });
  it("keep chromium as gross-weight chromite ore, never as chromium content (Cr2O3 content of reserves apart)", () => {
    const chromium = figures.filter((f) => f.mineral === "chromium");
    expect(chromium.length).toBeGreaterThan(0);
    for (const f of chromium) {
      expect(f.form).toMatch(/chromite/);
      if (f.basis === "contained") {
        // MCS 2026 adds a Cr2O3-content reserves column beside the gross-weight one
        expect(f.measure).toBe("reserves");
        expect(f.form).toMatch(/^Cr2O3 content/);
      } else expect(f.basis).toBe("gross-weight");
    }
  });
  it("keep molybdenum production in tons and reserves in thousand tons, as USGS prints them", () => {
    const units = (measure: string) =>
      new Set(figures.filter((f) => f.mineral === "molybdenum" && f.measure === measure).map((f) => f.unit));
    expect(units("mine-production")).toEqual(new Set(["t"]));
    expect(units("reserves")).toEqual(new Set(["kt"]));
  });
});

describe("C5 production profiles", () => {
  it.each(C5)("answer for %s which minerals it produces, how much, and its world share", (code) => {
    const profile = productionProfile(code);
    const listedSomewhere = figureTables.some((t) => (t.c5Listed as readonly string[]).includes(code));
    expect(profile.length > 0).toBe(listedSomewhere);
    for (const s of profile) {
      expect(s.figure.country).toBe(code);
      expect(s.world.country).toBe("WORLD");
      expect(s.world.unit).toBe(s.figure.unit);
      if (s.share !== null) {
        expect(s.share).toBeGreaterThanOrEqual(0);
        expect(s.share).toBeLessThanOrEqual(1);
      }
    }
  });

  it("divide by the world total of the same table, column and year", () => {
    const [chromite] = worldShares("KZ", "chromium", { measure: "mine-production" });
    expect(chromite).toBeDefined();
    if (chromite?.figure.value == null || chromite.world.value == null) throw new Error("no values");
    expect(chromite.share).toBeCloseTo(chromite.figure.value / chromite.world.value, 12);
    expect(chromite.world.table).toBe(chromite.figure.table);
    expect(chromite.world.year).toBe(chromite.figure.year);
  });
});

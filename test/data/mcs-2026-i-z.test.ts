import { describe, expect, it } from "vitest";
import { figures, figureTables } from "../../src/figures.js";

// MCS 2026 chapters I–Z were read in copies that dropped the row-level "e" marks; the marks were then read in the
// USGS MCS 2026 data release (see each table's note and test/data/mcs-2026-marks.test.ts).
const files = [
  "indium",
  "lead",
  "magnesium",
  "molybdenum",
  "phosphate-rock",
  "rhenium",
  "silver",
  "sulfur",
  "tellurium",
  "titanium",
  "tungsten",
  "zinc",
];
const tableIds = files.map((f) => `usgs-mcs-2026-${f}-world`);

describe("MCS 2026 tables, chapters I–Z", () => {
  it("are all present, with the 2026 vintage and a 2026 chapter source", () => {
    for (const id of tableIds) {
      const table = figureTables.find((t) => t.id === id);
      expect(table, id).toBeDefined();
      expect(table?.vintage).toBe("usgs-mcs-2026");
      expect(table?.source.startsWith("usgs-mcs-2026-"), id).toBe(true);
    }
  });

  it("call each number 'reported' or 'estimated', now that the marks are read in the data release", () => {
    const rows = figures.filter((f) => tableIds.includes(f.table));
    expect(rows.length).toBeGreaterThan(0);
    for (const f of rows) expect(["reported", "estimated", "zero", "withheld", "not-available"]).toContain(f.status);
  });

  it("cover the years 2024 and 2025 only, with reserves and capacity under 2025", () => {
    const rows = figures.filter((f) => tableIds.includes(f.table));
    expect(new Set(rows.map((f) => f.year))).toEqual(new Set([2024, 2025]));
    for (const f of rows) if (f.measure === "reserves" || f.measure === "capacity") expect(f.year).toBe(2025);
  });

  it("keep each quantity's measure, basis, form and unit as the earlier editions of the same mineral do", () => {
    const earlier = figures.filter((f) => f.vintage === "usgs-mcs-2025" || f.vintage === "usgs-mcs-2024");
    for (const f of figures.filter((g) => tableIds.includes(g.table) && g.country === "WORLD")) {
      const same = earlier.filter((g) => g.mineral === f.mineral && g.measure === f.measure && g.country === "WORLD");
      if (same.length === 0) continue; // tungsten, and tellurium capacity, have no earlier table
      const key = (g: typeof f) => [g.basis, g.form, g.unit].join("|");
      expect(same.map(key), `${f.table} ${f.measure}`).toContain(key(f));
    }
  });
});

import { describe, expect, it } from "vitest";
import { type EiaUraniumDependence, importDependence, type McsImportDependence, usImportsFromC5 } from "../../src/figures.js";
import { getSource } from "../../src/sources.js";
import { tradeFlows } from "../../src/trade.js";

const C5 = new Set(["KZ", "KG", "TJ", "TM", "UZ"]);
const editions = [...new Set(importDependence.map((r) => r.vintage))].sort();
const mcsRows = (rows: ReturnType<typeof usImportsFromC5>) =>
  rows.filter((r): r is McsImportDependence => r.measure === "mcs-import-sources");
const eiaRows = (rows: ReturnType<typeof usImportsFromC5>) =>
  rows.filter((r): r is EiaUraniumDependence => r.measure === "eia-uranium-origin");

// The EIA's uranium origins: the shipped records of US uranium purchases on the purchaser-survey basis, whose
// sources are the EIA's report or news that relays it.
const eiaRecords = tradeFlows.filter((f) => f.mineral === "uranium" && f.reporter === "US" && f.basis === "purchaser-survey");
const relays = (id: string) => {
  const s = getSource(id);
  return s?.publisher === "U.S. Energy Information Administration" || /EIA/.test(s?.note ?? "");
};
const eiaYears = [...new Set(eiaRecords.map((f) => f.year))].sort();

describe("usImportsFromC5", () => {
  it("answers for the newest edition by default", () => {
    const rows = mcsRows(usImportsFromC5());
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.vintage))).toEqual(new Set([editions.at(-1)]));
  });

  it.each(editions)("gives every record of %s once, with the C5 shares added up, largest first", (vintage) => {
    const rows = mcsRows(usImportsFromC5({ vintage }));
    const records = importDependence.filter((r) => r.vintage === vintage);
    expect(rows.map((r) => r.record.id).sort()).toEqual(records.map((r) => r.id).sort());
    for (const row of rows) {
      const expected = row.record.partners.filter((p) => C5.has(p.country));
      expect(row.c5).toEqual(expected.map((p) => ({ country: p.country, share: p.share })));
      expect(row.c5Share).toBe(expected.reduce((s, p) => s + p.share, 0));
      expect(row.netImportReliance).toBe(row.record.netImportReliance);
    }
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]?.c5Share ?? 0).toBeGreaterThanOrEqual(rows[i]?.c5Share ?? 0);
  });

  it("keeps a net exporter's mark: beryllium is imported from Kazakhstan though the US is a net exporter", () => {
    const be = mcsRows(usImportsFromC5({ vintage: "usgs-mcs-2025" })).find((r) => r.mineral === "beryllium");
    expect(be?.netImportReliance).toMatchObject({ printed: "E", mark: "net-exporter", value: null });
    expect(be?.c5).toEqual([{ country: "KZ", share: 39 }]);
  });

  it("adds uranium from the EIA as its own measure, one row after the MCS rows, never merged with them", () => {
    expect(eiaYears.length).toBeGreaterThan(0);
    for (const vintage of editions) {
      const rows = usImportsFromC5({ vintage });
      expect(eiaRows(rows)).toHaveLength(1);
      expect(rows.at(-1)?.measure).toBe("eia-uranium-origin");
      // The MCS do not cover uranium, so no MCS row can be summed with it
      expect(mcsRows(rows).some((r) => r.mineral === "uranium")).toBe(false);
    }
  });

  it.each(eiaYears)("gives the EIA's %i shares of the C5 origins as the records state them", (year) => {
    const [row] = eiaRows(usImportsFromC5({ uraniumYear: year }));
    const records = eiaRecords.filter((f) => f.year === year);
    const c5 = records.filter((f) => C5.has(f.partner));
    expect(row?.period).toEqual({ from: year, to: year, printed: String(year) });
    expect(row?.c5.map((p) => p.country).sort()).toEqual(c5.map((f) => f.partner).sort());
    for (const f of c5) expect(row?.c5.find((p) => p.country === f.partner)?.share).toBe(f.share);
    expect(row?.c5Share).toBe(c5.reduce((s, f) => s + (f.share ?? 0), 0));
    expect(row?.flows.map((f) => f.id).sort()).toEqual(records.map((f) => f.id).sort());
    expect(row?.source).toBe(records[0]?.source);
    // Every origin of the year adds up to at most 100 % of the deliveries, give or take the rounding of
    // the printed whole-number shares (2024: 36 + 24 + 17 + 9 + 8 + 4 + 4 = 102)
    const printed = records.filter((f) => f.share !== undefined);
    expect(printed.reduce((s, f) => s + (f.share ?? 0), 0)).toBeLessThanOrEqual(100 + 0.5 * printed.length);
  });

  it("reads only the EIA's figures, as published or relayed", () => {
    expect(eiaRecords.every((f) => relays(f.source))).toBe(true);
  });

  it("takes the newest EIA year by default", () => {
    expect(eiaRows(usImportsFromC5())[0]?.period.from).toBe(eiaYears.at(-1));
  });

  it("checks its arguments", () => {
    expect(() => usImportsFromC5({ vintage: "usgs-mcs-1999" })).toThrow(RangeError);
    expect(() => usImportsFromC5({ vintage: 2025 as unknown as string })).toThrow(TypeError);
    expect(() => usImportsFromC5(null as unknown as object)).toThrow(TypeError);
    expect(() => usImportsFromC5({ uraniumYear: 1999 })).toThrow(/uraniumYear/);
    expect(() => usImportsFromC5({ uraniumYear: "2023" as unknown as number })).toThrow(TypeError);
  });
});

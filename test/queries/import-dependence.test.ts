import { describe, expect, it } from "vitest";
import { importDependence, usImportsFromC5 } from "../../src/figures.js";

const C5 = new Set(["KZ", "KG", "TJ", "TM", "UZ"]);
const editions = [...new Set(importDependence.map((r) => r.vintage))].sort();

describe("usImportsFromC5", () => {
  it("answers for the newest edition by default", () => {
    const rows = usImportsFromC5();
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.vintage))).toEqual(new Set([editions.at(-1)]));
  });

  it.each(editions)("gives every record of %s once, with the C5 shares added up, largest first", (vintage) => {
    const rows = usImportsFromC5({ vintage });
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
    const be = usImportsFromC5({ vintage: "usgs-mcs-2025" }).find((r) => r.mineral === "beryllium");
    expect(be?.netImportReliance).toMatchObject({ printed: "E", mark: "net-exporter", value: null });
    expect(be?.c5).toEqual([{ country: "KZ", share: 39 }]);
  });

  it("checks its arguments", () => {
    expect(() => usImportsFromC5({ vintage: "usgs-mcs-1999" })).toThrow(RangeError);
    expect(() => usImportsFromC5({ vintage: 2025 as unknown as string })).toThrow(TypeError);
    expect(() => usImportsFromC5(null as unknown as object)).toThrow(TypeError);
  });
});

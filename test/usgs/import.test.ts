import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figures, figureTables } from "../../src/datasets/figures.js";
import { importUsgsCsv } from "../../src/usgs/import.js";

// Real files of the USGS MCS 2024 data release (DOI 10.5066/P144BA54), kept verbatim except line ends.
const dir = resolve(import.meta.dirname, "../fixtures/usgs/mcs2024");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".csv"));
const codeOf = (file: string) => /mcs2024-(\w+)_world/i.exec(file)?.[1]?.toLowerCase() ?? "";

/** Values by (country, measure, year, unit), as sorted multisets, so the two readings can be compared. */
function valuesByKey(
  list: readonly { country: string; measure: string; year: number; unit: string; value: number | null; status: string }[],
) {
  const map = new Map<string, string[]>();
  for (const f of list) {
    const key = `${f.country} ${f.measure} ${f.year} ${f.unit}`;
    map.set(key, [...(map.get(key) ?? []), `${f.value}:${f.status}`].sort());
  }
  return map;
}

describe("importUsgsCsv on the MCS 2024 data release", () => {
  const curated = fixtures.filter((f) => figureTables.some((t) => t.source === `usgs-mcs-2024-data-release-${codeOf(f)}`));

  it("has fixtures for the tables the package transcribed from them", () => {
    expect(curated.length).toBeGreaterThanOrEqual(20);
  });

  it.each(curated)("%s gives, value for value, the package's own figures for the same tables", (file) => {
    const tables = figureTables.filter((t) => t.source === `usgs-mcs-2024-data-release-${codeOf(file)}`);
    const own = figures.filter((f) => tables.some((t) => t.id === f.table));
    const basis = own.find((f) => f.measure !== "reserves")?.basis ?? "contained";
    const result = importUsgsCsv(readFileSync(join(dir, file), "utf8"), {
      mineral: tables[0]?.mineral ?? "",
      units: { mt: "Mt" },
      basis,
    });
    expect(result.format).toBe("mcs-wide-2022");
    expect(result.figures.every((f) => f.vintage === "usgs-mcs-2024")).toBe(true);
    const imported = valuesByKey(result.figures);
    const ours = valuesByKey(own);
    const differences = [...new Set([...imported.keys(), ...ours.keys()])]
      .filter((k) => JSON.stringify(imported.get(k)) !== JSON.stringify(ours.get(k)))
      .map((k) => `${k}: imported ${imported.get(k)?.join(",") ?? "-"}, package ${ours.get(k)?.join(",") ?? "-"}`);
    expect(differences).toEqual([]);
  });

  it("lists what it cannot read: extra cells, bounds hidden in notes, ambiguous units", () => {
    const barite = importUsgsCsv(readFileSync(join(dir, "mcs2024-barit_world.csv"), "utf8"), {
      mineral: "barite",
      basis: "gross-weight",
    });
    expect(barite.problems.some((p) => /beyond the header's columns/.test(p.reason))).toBe(true);
    const antimony = importUsgsCsv(readFileSync(join(dir, "mcs2024-antim_world.csv"), "utf8"), { mineral: "antimony" });
    expect(antimony.problems.map((p) => p.reason)).toContain(
      "the note starts with '>2,000,000', which the value cell does not hold; not used",
    );
    const iron = importUsgsCsv(readFileSync(join(dir, "mcs2024-feore_world.csv"), "utf8"), {
      mineral: "iron-ore",
      basis: "gross-weight",
    });
    expect(iron.problems.some((p) => p.column === "Reserves_mt" && /ambiguous/.test(p.reason))).toBe(true);
    expect(iron.figures.some((f) => f.measure === "reserves")).toBe(false);
  });
});

describe("importUsgsCsv on the other layouts and on defects", () => {
  it("reads the 2025 wide layout (SOURCE, COMMODITY, COUNTRY, TYPE, UNIT_MEAS, PROD_EST_ <year>, …)", () => {
    // layout of the MCS 2025 data release; rows made for this test
    const csv = [
      "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES",
      'MCS2025,Example,Kazakhstan,"Mine production, contained example",metric tons,"1,000",e900,,W,W,,>95,',
      'MCS2025,Example,World total (rounded)4,"Mine production, contained example",metric tons,"2,000","2,000",,NA,NA,,Large,',
    ].join("\n");
    const r = importUsgsCsv(csv, { mineral: "zinc" });
    expect(r.format).toBe("mcs-wide-2025");
    expect(r.problems).toEqual([]);
    const pick = (country: string, measure: string, year: number) =>
      r.figures.find((f) => f.country === country && f.measure === measure && f.year === year);
    expect(pick("KZ", "mine-production", 2024)).toMatchObject({
      value: 900,
      status: "estimated",
      unit: "t",
      basis: "contained",
      vintage: "usgs-mcs-2025",
    });
    expect(pick("KZ", "capacity", 2023)).toMatchObject({ value: null, status: "withheld" });
    expect(pick("KZ", "reserves", 2024)).toMatchObject({ value: 95, bound: "lower" });
    expect(pick("WORLD", "reserves", 2024)).toMatchObject({ value: null, status: "not-available", printed: "Large" });
  });

  it("reads the 2026 long layout, also as Windows-1252 bytes", () => {
    // layout of the MCS 2026 data release (header as published); rows made for this test
    const text = [
      "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes,Is critical mineral 2025,Other notes",
      "Example,World production,Example,Türkiye,Mine production,contained example,thousand metric tons,2025,12,Estimated,Yes,",
      "Example,World production,Example,Côte d'Ivoire,Mine production,contained example,thousand metric tons,2025,3,,Yes,",
      "Example,World production,Example,Uzbekistan,Reserves,contained example,thousand metric tons,2025,NA,,Yes,",
    ].join("\r\n");
    const bytes = Uint8Array.from([...text].map((c) => (c === "ü" ? 0xfc : c === "ô" ? 0xf4 : c.charCodeAt(0))));
    const r = importUsgsCsv(bytes, { mineral: "zinc", vintage: "usgs-mcs-2026" });
    expect(r.format).toBe("mcs-long-2026");
    expect(r.figures.map((f) => [f.country, f.measure, f.value, f.unit, f.status])).toEqual([
      ["TR", "mine-production", 12, "kt", "estimated"],
      ["UZ", "reserves", null, "kt", "not-available"],
    ]);
    expect(r.problems.map((p) => p.reason)).toEqual(["unknown country name 'Côte d'Ivoire'; pass options.countryNames"]);
  });

  it("glued footnotes, qualifiers and unknown units", () => {
    const csv = [
      "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_xx,Reserves_notes",
      'MCS2024,Chile9,"Mine production, contained example",5,5,,1,',
      'MCS2024,Russia (recoverable),"Mine production, contained example",7,7,,1,',
    ].join("\n");
    const r = importUsgsCsv(csv, { mineral: "zinc" });
    expect(r.figures.filter((f) => f.measure !== "reserves").map((f) => f.country)).toEqual(["CL", "CL", "RU", "RU"]);
    expect(r.figures.find((f) => f.country === "RU")?.note).toBe("USGS labels the row 'Russia (recoverable)'.");
    expect(r.problems.filter((p) => p.column === "Reserves_xx")).toHaveLength(2);
  });

  it("refuses a file that is no USGS layout, and reports a broken CSV as a problem", () => {
    expect(() => importUsgsCsv("a,b\n1,2\n", { mineral: "zinc" })).toThrow(/Not a USGS MCS data-release layout/);
    expect(importUsgsCsv('Source,Country,Type\n"open', { mineral: "zinc" }).problems[0]?.reason).toMatch(/never closed/);
  });

  it("never throws on arbitrary text under a real header (property-based)", () => {
    const header = "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes\n";
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const r = importUsgsCsv(header + body, { mineral: "zinc", vintage: "usgs-mcs-2024" });
        expect(Array.isArray(r.figures) && Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

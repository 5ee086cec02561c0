import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/csv.js";
import { figures, figureTables } from "../../src/datasets/figures.js";
import type { Measure } from "../../src/schemas/figure.js";
import { importUsgsCsv } from "../../src/usgs/import.js";

// Real files of the USGS MCS 2024 data release (DOI 10.5066/P144BA54), kept verbatim except line ends.
const dir = resolve(import.meta.dirname, "../fixtures/usgs/mcs2024");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".csv"));
const codeOf = (file: string) => /mcs2024-(\w+)_world/i.exec(file)?.[1]?.toLowerCase() ?? "";

/** The file's block a figure belongs to: its Type text (importer) or the table title's Type part (package). */
/** The transcribed rows of every MCS 2024 table, read from data/ (to find a row by its printed label). */
const dataDir = resolve(import.meta.dirname, "../../data/figures/usgs-mcs-2024");
const rowsOfTable = new Map<string, { country: string; printedName: string }[]>(
  readdirSync(dataDir).map((f) => {
    const t = JSON.parse(readFileSync(join(dataDir, f), "utf8")) as {
      table: { id: string };
      rows: { country: string; printedName: string }[];
    };
    return [t.table.id, t.rows];
  }),
);

const blockOfTitle = (title: string) => title.split(": ").slice(1).join(": ");

interface CellView {
  country: string;
  measure: string;
  year: number;
  unit: string;
  value: number | null;
  status: string;
  printed?: string | undefined;
  bound?: string | undefined;
  qualifier?: string | undefined;
}
const view = (f: CellView) => ({
  country: f.country,
  measure: f.measure,
  year: f.year,
  unit: f.unit,
  value: f.value,
  status: f.status,
  printed: f.printed,
  bound: f.bound,
  qualifier: f.qualifier,
});

/** Silicon: the release says "Plant production", the MCS 2025 chapter "World Production"; the package uses one name. */
const MEASURE_AS_IN_EVERY_EDITION: Readonly<Record<string, Readonly<Record<string, Measure>>>> = {
  "mcs2024-simet_world.csv": { "plant-production": "production" },
};

describe("importUsgsCsv on the MCS 2024 data release", () => {
  const curated = fixtures.filter((f) => figureTables.some((t) => t.source === `usgs-mcs-2024-data-release-${codeOf(f)}`));

  it("has fixtures for the tables the package transcribed from them", () => {
    expect(curated.length).toBeGreaterThanOrEqual(20);
  });

  it.each(curated)("%s gives, cell for cell and status included, the package's own figures", (file) => {
    const tables = figureTables.filter((t) => t.source === `usgs-mcs-2024-data-release-${codeOf(file)}`);
    const own = figures.filter((f) => tables.some((t) => t.id === f.table));
    const basis = own.find((f) => f.measure !== "reserves")?.basis ?? "contained";
    const result = importUsgsCsv(readFileSync(join(dir, file)), {
      mineral: tables[0]?.mineral ?? "",
      units: { mt: "Mt" },
      basis,
    });
    expect(result.format).toBe("mcs-wide-2022");
    expect(result.figures.every((f) => f.vintage === "usgs-mcs-2024")).toBe(true);
    // the package names a quantity alike in every edition (test/editions/vocabulary.test.ts); where that
    // name differs from the file's own wording, the mapping is stated here
    for (const f of result.figures) f.measure = MEASURE_AS_IN_EVERY_EDITION[file]?.[f.measure] ?? f.measure;
    // files with several row blocks (alumina and bauxite, ferrosilicon and silicon metal, three clays):
    // a cell is identified by its block too
    const blocks = new Set(result.figures.map((f) => f.form));
    const keyOf = (f: CellView, block: string | undefined) =>
      `${blocks.size > 1 ? `${block} | ` : ""}${f.country} ${f.measure} ${f.year} ${f.unit} '${f.printed?.trim()}'`;
    const imported = new Map<string, CellView[]>();
    for (const f of result.figures) imported.set(keyOf(f, f.form), [...(imported.get(keyOf(f, f.form)) ?? []), f]);
    const unmatched: string[] = [];
    const differences: string[] = [];
    for (const f of own) {
      const title = tables.find((t) => t.id === f.table)?.title ?? "";
      const key = keyOf(f, blockOfTitle(title));
      const candidates = imported.get(key) ?? [];
      const match = candidates.shift();
      if (match === undefined) unmatched.push(`package ${key}`);
      else if (JSON.stringify(view(match)) !== JSON.stringify(view(f)))
        differences.push(`${key}: imported ${JSON.stringify(view(match))}, package ${JSON.stringify(view(f))}`);
    }
    for (const [key, rest] of imported) for (const _ of rest) unmatched.push(`imported ${key}`);
    // tables the package did not transcribe from a multi-block file (none today) would show up here
    expect(differences).toEqual([]);
    expect(unmatched).toEqual([]);
  });

  it("honours every per-row production note that marks a year estimated or reported", () => {
    // read independently of the importer: the notes as the release prints them, and the package's status
    const estimatedNote = /^(?:Also estimated in (\d{4})|Estimated in (\d{4}) also|Production in (\d{4}) is also estimated\.)$/i;
    const reportedNote = /^Reported(?: data| quantity)? in (\d{4})$/i;
    let checked = 0;
    for (const file of curated) {
      const tables = figureTables.filter((t) => t.source === `usgs-mcs-2024-data-release-${codeOf(file)}`);
      const text = readFileSync(join(dir, file), "latin1");
      const [head = [], ...rows] = parseCsv(text);
      const typeAt = head.indexOf("Type");
      const noteAt = head.findIndex((h) => /^prod_notes?$/i.test(h));
      for (const row of rows) {
        const note = (row[noteAt] ?? "").trim();
        const m = estimatedNote.exec(note) ?? reportedNote.exec(note);
        if (m === null) continue;
        const year = Number(m[1] ?? m[2] ?? m[3]);
        const expected = estimatedNote.test(note) ? "estimated" : "reported";
        const table = tables.find((t) => tables.length === 1 || blockOfTitle(t.title) === row[typeAt]);
        if (table === undefined) continue; // a block the package does not transcribe
        const label = row[1] ?? "";
        const ownRow = figures.filter(
          (f) => f.table === table.id && f.year === year && f.measure !== "reserves" && f.measure !== "capacity",
        );
        const country = rowsOfTable.get(table.id)?.find((r) => r.printedName === label)?.country;
        expect(country, `${table.id}: no row printed '${label}'`).toBeDefined();
        const numbers = ownRow.filter((f) => f.country === country && f.value !== null && f.value !== 0);
        for (const f of numbers)
          expect(`${table.id} ${label} ${year}: ${f.status}`).toBe(`${table.id} ${label} ${year}: ${expected}`);
        checked += numbers.length;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(60);
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

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/csv.js";
import { figures, figureTables } from "../../src/datasets/figures.js";
import type { Measure, Unit } from "../../src/schemas/figure.js";
import { importUsgsCsv } from "../../src/usgs/import.js";

// Real files of the USGS MCS 2023 (DOI 10.5066/P9WCYUI6) and 2024 (DOI 10.5066/P144BA54) data releases,
// kept verbatim except line ends (and, for 2024, the byte order mark).
const fixturesOf = (year: number) => resolve(import.meta.dirname, `../fixtures/usgs/mcs${year}`);
const dir = fixturesOf(2024);
const codeOf = (file: string) => /mcs\d{4}-(\w+)_world/i.exec(file)?.[1]?.toLowerCase() ?? "";

/** The file's block a figure belongs to: its Type text (importer) or the table title's Type part (package). */
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
  "mcs2023-simet_world.csv": { "plant-production": "production" },
};

/**
 * Where the package reads a release file otherwise than the importer, and why (each reason is in the table's
 * notes): cells of these (file, measure) pairs are compared on everything but the named fields.
 */
const READ_OTHERWISE: Readonly<Record<string, Readonly<Record<string, readonly (keyof CellView)[]>>>> = {
  // headers say t, every row's note says thousand metric tons (as in MCS 2024, which the package reads in kt)
  "mcs2023-chrom_world.csv": { "mine-production": ["unit"] },
  // the reserves header says kt; the values are the kilograms of every other edition's reserves column
  "mcs2023-rheni_world.csv": { reserves: ["unit"] },
  // every reserves cell is NA; the header says kt where MCS 2024 says t, the package keeps one unit
  "mcs2023-clays_world.csv": { reserves: ["unit"] },
  // one column combining ferrosilicon and silicon metal; Type cells saying ferrosilicon only become a qualifier
  "mcs2023-simet_world.csv": { production: ["qualifier"], reserves: ["qualifier"] },
};

/** Importer options a file needs, each with its reason (the importer refuses to guess, and says so). */
const OPTIONS_FOR: Readonly<Record<string, { units: Readonly<Record<string, Unit>> }>> = {
  // production headers say t, every row's note says thousand metric tons, gross weight (read in kt)
  "mcs2023-chrom_world.csv": { units: { t: "kt", mt: "Mt" } },
  // Reserves_Mt: million metric tons, as every reserves note of the file says
  "mcs2023-feore_world.csv": { units: { Mt: "Mt" } },
};

/** Cells of a file the package leaves out on purpose (the table's note says why): country, measure and year. */
const CELLS_LEFT_OUT: Readonly<Record<string, readonly string[]>> = {
  // '1,166,000' against a world total of 210,000: a footnote mark run into the number, left out unconfirmed
  "mcs2023-zinc_world.csv": ["AU reserves 2022"],
};

/** Columns of a file the package leaves out on purpose (the table's note says why): block and measure. */
const LEFT_OUT: Readonly<Record<string, readonly string[]>> = {
  // the refinery block repeats a reserves column, XX in every row; the mine block holds the reserves
  "mcs2023-coppe_world.csv": ["Refinery production, copper | reserves"],
};

for (const year of [2023, 2024]) {
  const here = fixturesOf(year);
  const fixtures = readdirSync(here).filter((f) => f.endsWith(".csv"));
  describe(`importUsgsCsv on the MCS ${year} data release`, () => {
    const curated = fixtures.filter((f) => figureTables.some((t) => t.source === `usgs-mcs-${year}-data-release-${codeOf(f)}`));

    it("has fixtures for the tables the package transcribed from them", () => {
      expect(curated.length).toBeGreaterThanOrEqual(20);
    });

    it.each(curated)("%s gives, cell for cell and status included, the package's own figures", (file) => {
      const tables = figureTables.filter((t) => t.source === `usgs-mcs-${year}-data-release-${codeOf(file)}`);
      const own = figures.filter((f) => tables.some((t) => t.id === f.table));
      const basis = own.find((f) => f.measure !== "reserves")?.basis ?? "contained";
      const result = importUsgsCsv(readFileSync(join(here, file)), {
        mineral: tables[0]?.mineral ?? "",
        units: OPTIONS_FOR[file]?.units ?? { mt: "Mt" },
        basis,
      });
      expect(result.format).toBe("mcs-wide-2022");
      expect(result.figures.every((f) => f.vintage === `usgs-mcs-${year}`)).toBe(true);
      result.figures = result.figures.filter(
        (f) =>
          !LEFT_OUT[file]?.includes(`${f.form} | ${f.measure}`) &&
          !CELLS_LEFT_OUT[file]?.includes(`${f.country} ${f.measure} ${f.year}`),
      );
      // the package names a quantity alike in every edition (test/editions/vocabulary.test.ts); where that
      // name differs from the file's own wording, the mapping is stated here
      for (const f of result.figures) f.measure = MEASURE_AS_IN_EVERY_EDITION[file]?.[f.measure] ?? f.measure;
      // files with several row blocks (alumina and bauxite, ferrosilicon and silicon metal, three clays):
      // a cell is identified by its block too
      const blocks = new Set(result.figures.map((f) => f.form));
      const merged = file === "mcs2023-simet_world.csv"; // one column, two Type wordings: one block
      const keyOf = (f: CellView, block: string | undefined) =>
        `${blocks.size > 1 && !merged ? `${block} | ` : ""}${f.country} ${f.measure} ${f.year} '${f.printed?.trim()}'`;
      const imported = new Map<string, CellView[]>();
      for (const f of result.figures) imported.set(keyOf(f, f.form), [...(imported.get(keyOf(f, f.form)) ?? []), f]);
      const unmatched: string[] = [];
      const differences: string[] = [];
      const otherwise = (f: CellView) => READ_OTHERWISE[file]?.[f.measure] ?? [];
      const compared = (f: CellView, skip: readonly (keyof CellView)[]) =>
        JSON.stringify(Object.fromEntries(Object.entries(view(f)).filter(([k]) => !skip.includes(k as keyof CellView))));
      for (const f of own) {
        const title = tables.find((t) => t.id === f.table)?.title ?? "";
        const key = keyOf(f, blockOfTitle(title));
        const candidates = imported.get(key) ?? [];
        const match = candidates.shift();
        if (match === undefined) unmatched.push(`package ${key}`);
        else if (compared(match, otherwise(f)) !== compared(f, otherwise(f)))
          differences.push(`${key}: imported ${JSON.stringify(view(match))}, package ${JSON.stringify(view(f))}`);
      }
      for (const [key, rest] of imported) for (const _ of rest) unmatched.push(`imported ${key}`);
      expect(differences).toEqual([]);
      expect(unmatched).toEqual([]);
    });
  });
}

describe("importUsgsCsv on the MCS 2024 data release, its notes", () => {
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
  const curated = readdirSync(dir).filter(
    (f) => f.endsWith(".csv") && figureTables.some((t) => t.source === `usgs-mcs-2024-data-release-${codeOf(f)}`),
  );
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
      "Example,World production,Example,Atlantis,Mine production,contained example,thousand metric tons,2025,4,,Yes,",
    ].join("\r\n");
    const bytes = Uint8Array.from([...text].map((c) => (c === "ü" ? 0xfc : c === "ô" ? 0xf4 : c.charCodeAt(0))));
    const r = importUsgsCsv(bytes, { mineral: "zinc", vintage: "usgs-mcs-2026" });
    expect(r.format).toBe("mcs-long-2026");
    expect(r.figures.map((f) => [f.country, f.measure, f.value, f.unit, f.status])).toEqual([
      ["TR", "mine-production", 12, "kt", "estimated"],
      ["CI", "mine-production", 3, "kt", "reported"], // a name USGS prints, decoded from Windows-1252 (0xF4)
      ["UZ", "reserves", null, "kt", "not-available"],
    ]);
    expect(r.problems.map((p) => p.reason)).toEqual(["unknown country name 'Atlantis'; pass options.countryNames"]);
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

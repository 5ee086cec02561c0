import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/csv.js";
import { requireEdition } from "../../src/datasets/editions.js";
import { figures } from "../../src/figures.js";
import { C5 } from "./all.js";

// The MCS 2025 World Data Release file (MCS2025_World_Data.csv, doi:10.5066/P13XCP3R), kept verbatim in the
// fixtures, against the MCS 2025 tables the package read in it. Expectations come from the file, cell by cell:
// the value cell, or the mark its notes cell holds when the value cell is empty, and the estimate marks of the
// header ('PROD_EST_ 2024') and of the notes ('estimated 2023').
const release = readFileSync(resolve(import.meta.dirname, "../fixtures/usgs/mcs2025/MCS2025_World_Data.csv"), "utf8");
const [header = [], ...lines] = parseCsv(release.replace(/^\ufeff/, ""));
const at = (name: string) => header.findIndex((h) => h === name);
const COMMODITY = at("COMMODITY");
const COUNTRY = at("COUNTRY");
const TYPE = at("TYPE");
const PROD_NOTES = at("PROD_NOTES");
const RESERVE_NOTES = at("RESERVE_NOTES");
const C5_NAMES = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"];
/** Notes that stand for the value when the value cell is empty, and the mark the package writes for each. */
const MARK_IN_NOTE: Readonly<Record<string, string>> = { "W for 23-24": "W", NA: "NA", Large: "Large", Small: "Small" };

interface TableFile {
  table: { id: string; source: string; title: string; c5Listed: string[] };
  columns: { key: string; header: string; measure: string; year: number; estimated?: boolean }[];
  rows: { country: string; printedName: string; cells: Record<string, string> }[];
}
const dir = resolve(import.meta.dirname, "../../data/figures/usgs-mcs-2025");
const tables = readdirSync(dir)
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as TableFile)
  .filter((t) => t.table.source.startsWith("usgs-mcs-2025-data-release-"));

/** The release rows of a table: its title is 'MCS2025_World_Data.csv: <commodity>, <type>'. */
const blockOf = (t: TableFile) => {
  const [commodity = "", ...type] = t.table.title.replace("MCS2025_World_Data.csv: ", "").split(", ");
  return lines.filter((l) => l[COMMODITY]?.trim() === commodity && l[TYPE]?.trim() === type.join(", "));
};

describe("the MCS 2025 world data release fixture", () => {
  it("is the whole file: 1,250 rows of 13 columns, 77 commodities", () => {
    expect(header).toHaveLength(13);
    expect(lines).toHaveLength(1250);
    expect(new Set(lines.map((l) => l[COMMODITY]?.trim())).size).toBe(77);
  });
});

describe.each(tables.map((t) => [t.table.id, t] as const))("%s against MCS2025_World_Data.csv", (_id, t) => {
  const block = blockOf(t);

  it("has every release row that holds a value or a mark, cell for cell", () => {
    expect(block.length).toBeGreaterThan(0);
    for (const line of block) {
      const label = line[COUNTRY]?.trim() ?? "";
      const rows = t.rows.filter((r) => r.printedName === label);
      const expected: Record<string, string> = {};
      for (const c of t.columns) {
        const value = line[at(c.header)]?.trim() ?? "";
        const note = line[c.measure === "reserves" ? RESERVE_NOTES : PROD_NOTES]?.trim() ?? "";
        const cell = value !== "" ? value : MARK_IN_NOTE[note];
        if (cell !== undefined) expected[c.key] = cell;
      }
      // a world row may be split in two (production and reserves) when a note qualifies one part only
      const got = Object.assign({}, ...rows.map((r) => r.cells)) as Record<string, string>;
      if (Object.keys(expected).length === 0) expect(rows, label).toEqual([]);
      // one cell is left out on purpose (test/data/figures.test.ts WORLD_LEFT_OUT): the kaolin world of 2024
      else if (t.table.id === "usgs-mcs-2025-clays-kaolin" && label.startsWith("World total"))
        expect({ ...got, p2024: expected.p2024 }, label).toEqual(expected);
      else expect(got, label).toEqual(expected);
    }
    expect(t.rows.every((r) => block.some((l) => l[COUNTRY]?.trim() === r.printedName))).toBe(true);
  });

  it("marks a number estimated exactly when the header or the row's note says so", () => {
    const type = blockOf(t)[0]?.[TYPE] ?? "";
    for (const line of block) {
      const label = line[COUNTRY]?.trim() ?? "";
      const row = t.rows.find((r) => r.printedName === label);
      if (row === undefined) continue;
      for (const c of t.columns) {
        if (c.measure === "reserves") continue;
        const value = line[at(c.header)]?.trim() ?? "";
        // the one cell left out on purpose (the kaolin world of 2024) is checked by the test above
        if (!/^\d+$/.test(value) || !(c.key in row.cells)) continue;
        const f = figures.filter(
          (x) => x.table === t.table.id && x.country === row.country && x.year === c.year && x.measure === c.measure,
        );
        expect(f, `${label} ${c.header}`).toHaveLength(1);
        const estimated =
          /_EST_/.test(c.header) || /\bestimated$/.test(type) || line[PROD_NOTES]?.trim() === `estimated ${c.year}`;
        expect(f[0]?.status, `${label} ${c.header}`).toBe(estimated ? "estimated" : "reported");
        expect(f[0]?.value).toBe(Number(value));
      }
    }
  });
});

describe("MCS 2025 C5 rows in the release", () => {
  const c5Lines = lines.filter((l) => C5_NAMES.includes(l[COUNTRY]?.trim() ?? ""));

  it("each sit in a package table, or are in a chapter the package read in the chapter's own text", () => {
    const readInRelease = new Set(tables.flatMap((t) => blockOf(t)));
    const chapterRead = requireEdition("usgs-mcs-2025", "edition").tables.filter((id) => !tables.some((t) => t.table.id === id));
    for (const line of c5Lines) {
      if (readInRelease.has(line)) continue;
      // every other C5 row belongs to a commodity whose MCS 2025 table was read in the chapter
      const commodity = (line[COMMODITY] ?? "").trim().toLowerCase().split(/[ (]/)[0] ?? "";
      expect(
        chapterRead.some((id) => id.startsWith(`usgs-mcs-2025-${commodity.slice(0, 5)}`)),
        `${line[COMMODITY]} ${line[COUNTRY]}`,
      ).toBe(true);
    }
  });

  it("are absent from the chapters the edition records as printing no C5 row", () => {
    const absent = requireEdition("usgs-mcs-2025", "edition").gaps.filter((g) => g.status === "absent");
    expect(absent.map((g) => g.mineral)).toEqual(expect.arrayContaining(["fluorspar", "vermiculite"]));
    for (const g of absent) {
      const rows = lines.filter((l) => (l[COMMODITY] ?? "").trim().toLowerCase().startsWith(g.mineral.slice(0, 6)));
      expect(rows.length, g.mineral).toBeGreaterThan(0);
      expect(
        rows.filter((l) => C5_NAMES.includes(l[COUNTRY]?.trim() ?? "")),
        g.mineral,
      ).toEqual([]);
    }
  });

  it("name the C5 states each table lists", () => {
    for (const t of tables) {
      const names = blockOf(t)
        .map((l) => l[COUNTRY]?.trim() ?? "")
        .filter((n) => C5_NAMES.includes(n));
      expect(t.table.c5Listed.length, t.table.id).toBe(names.length);
      expect(t.table.c5Listed.every((code) => C5.includes(code as never))).toBe(true);
    }
  });
});

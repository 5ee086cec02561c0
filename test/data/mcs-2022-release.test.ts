import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/core/csv.js";
import { requireEdition } from "../../src/datasets/editions.js";
import { figures } from "../../src/figures.js";

// The three MCS 2022 data release files (doi:10.5066/P9KKMCP4) that name a C5 state, kept verbatim in the
// fixtures, against the tables the package read in them. The files have production columns only, for 2020 and
// 2021 ('Prod_<unit>_Est_2021'), and no notes: expectations come from the files, cell by cell.
const fixtures = resolve(import.meta.dirname, "../fixtures/usgs/mcs2022");
const dataDir = resolve(import.meta.dirname, "../../data/figures/usgs-mcs-2022");
const C5_NAMES = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"];

interface TableFile {
  table: { id: string; source: string; title: string; c5Listed: string[] };
  columns: { key: string; header: string; year: number; estimated?: boolean }[];
  rows: { country: string; printedName: string; cells: Record<string, string> }[];
}
const tables = readdirSync(dataDir).map((f) => JSON.parse(readFileSync(join(dataDir, f), "utf8")) as TableFile);
const fileOf = (t: TableFile) => t.table.title.split(": ")[0] ?? "";
const read = (file: string) => {
  const [header = [], ...rows] = parseCsv(readFileSync(join(fixtures, file), "utf8").replace(/^\ufeff/, ""));
  return { header, rows: rows.filter((r) => r.some((c) => c.trim() !== "")) };
};

describe.each(tables.map((t) => [t.table.id, t] as const))("%s against its MCS 2022 release file", (_id, t) => {
  const { header, rows } = read(fileOf(t));
  const type = t.table.title.split(": ").slice(1).join(": ");
  const block = rows.filter((r) => r[2] === type);

  it("has every row of its block, cell for cell, and nothing else", () => {
    expect(block.length).toBeGreaterThan(0);
    expect(t.rows.map((r) => r.printedName)).toEqual(block.map((r) => r[1]));
    block.forEach((line, i) => {
      const expected = Object.fromEntries(t.columns.map((c) => [c.key, line[header.indexOf(c.header)]]));
      expect(t.rows[i]?.cells, line[1]).toEqual(expected);
    });
  });

  it("reads the 'Est' column as estimated and the other as reported or estimated (the file has no marks)", () => {
    // a printed 0 is zero whatever the column
    for (const f of figures.filter((x) => x.table === t.table.id && x.value !== 0)) {
      const column = t.columns.find((c) => c.year === f.year);
      expect(f.status, `${f.country} ${f.year}`).toBe(/_Est_/.test(column?.header ?? "") ? "estimated" : "reported-or-estimated");
    }
  });

  it("lists exactly the C5 states the block names", () => {
    expect(t.table.c5Listed).toHaveLength(block.filter((r) => C5_NAMES.includes((r[1] ?? "").split(",")[0] ?? "")).length);
  });
});

describe("the MCS 2022 edition", () => {
  it("holds a table for every fixture block that names a C5 state, and says 'not read' for what it could not reach", () => {
    for (const file of readdirSync(fixtures)) {
      const { rows } = read(file);
      for (const type of new Set(rows.filter((r) => C5_NAMES.some((n) => r[1]?.startsWith(n))).map((r) => r[2])))
        expect(
          tables.some((t) => t.table.title === `${file}: ${type}`),
          `${file} ${type}`,
        ).toBe(true);
    }
    const edition = requireEdition("usgs-mcs-2022", "edition");
    expect(edition.gaps.filter((g) => g.status === "not-read").length).toBeGreaterThan(20);
    expect(edition.gaps.find((g) => g.mineral === "tungsten")?.status).toBe("absent");
  });
});

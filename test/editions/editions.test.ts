import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DOC, END, START, withCoverage } from "../../scripts/docs-editions.js";
import { editions, requireEdition } from "../../src/datasets/editions.js";
import { figures, figureTables } from "../../src/datasets/figures.js";
import { editionCoverage, editionCoverageMarkdown } from "../../src/queries/edition-coverage.js";
import { editionSeries, revisions } from "../../src/queries/revisions.js";
import { Edition } from "../../src/schemas/edition.js";
import { checkEditions } from "../../src/validate/editions.js";

// The editions as data/ holds them, read from the files themselves (not from the generated modules).
const root = resolve(import.meta.dirname, "../..");
const raw = JSON.parse(readFileSync(join(root, "data/editions.json"), "utf8")) as { records: unknown[] };
const fromFiles = new Map<string, { id: string; mineral: string }[]>();
for (const dir of readdirSync(join(root, "data/figures")).filter((d) => /^usgs-mcs-\d{4}$/.test(d)))
  for (const f of readdirSync(join(root, "data/figures", dir)).filter((f) => f.endsWith(".json"))) {
    const t = JSON.parse(readFileSync(join(root, "data/figures", dir, f), "utf8")) as { table: { id: string; mineral: string } };
    fromFiles.set(dir, [...(fromFiles.get(dir) ?? []), t.table]);
  }

describe("the editions dataset", () => {
  it("holds one valid record per edition directory under data/figures, oldest first", () => {
    for (const r of raw.records) expect(Edition.safeParse(r).success).toBe(true);
    expect(editions.map((e) => e.id)).toEqual([...fromFiles.keys()].sort());
  });

  it("lists exactly the tables of each edition's directory", () => {
    for (const e of editions) expect([...e.tables].sort()).toEqual((fromFiles.get(e.id) ?? []).map((t) => t.id).sort());
  });

  it("gives each edition the years its production columns hold (two consecutive years ending the year before)", () => {
    for (const e of editions) {
      const year = Number(e.id.slice(-4));
      expect(e.years).toEqual([year - 2, year - 1]);
      const years = new Set(figures.filter((f) => f.vintage === e.id && f.measure !== "reserves").map((f) => f.year));
      for (const y of years) expect(e.years, `${e.id} prints ${y}`).toContain(y);
    }
  });

  it("accounts, for every mineral, for each edition between its first and last table: a table or a stated reason", () => {
    const order = [...fromFiles.keys()].sort();
    const minerals = new Set([...fromFiles.values()].flat().map((t) => t.mineral));
    const unexplained: string[] = [];
    for (const mineral of minerals) {
      const held = order.map((ed) => (fromFiles.get(ed) ?? []).some((t) => t.mineral === mineral));
      for (let i = held.indexOf(true) + 1; i < held.lastIndexOf(true); i++) {
        if (held[i]) continue;
        const gap = editions.find((e) => e.id === order[i])?.gaps.find((g) => g.mineral === mineral);
        if (gap === undefined || gap.reason.length < 20) unexplained.push(`${mineral} ${order[i]}`);
      }
    }
    expect(unexplained).toEqual([]);
  });

  it("never gives a reason for a table it holds", () => {
    for (const e of editions)
      for (const g of e.gaps)
        expect(
          (fromFiles.get(e.id) ?? []).some((t) => t.mineral === g.mineral),
          `${e.id} ${g.mineral}`,
        ).toBe(false);
  });

  it("holds the MCS 2025 tables the 2024 and 2026 editions have, read in the edition's world data release", () => {
    // MCS2025_World_Data.csv (doi:10.5066/P13XCP3R) has a row of a C5 state in each of these chapters
    const read = [
      "alumina",
      "asbestos",
      "bauxite",
      "clays",
      "gypsum",
      "iodine",
      "nitrogen",
      "phosphate-rock",
      "selenium",
      "sulfur",
    ];
    const mcs2025 = requireEdition("usgs-mcs-2025", "edition");
    for (const m of read) {
      expect(
        mcs2025.gaps.find((g) => g.mineral === m),
        m,
      ).toBeUndefined();
      const tables = figureTables.filter((t) => t.vintage === "usgs-mcs-2025" && t.mineral === m);
      expect(tables.length, m).toBeGreaterThan(0);
      for (const t of tables) expect(t.source, t.id).toMatch(/^usgs-mcs-2025-data-release-/);
    }
    // its fluorspar and vermiculite rows name no C5 state: absent, not unread
    for (const m of ["fluorspar", "vermiculite"])
      expect(
        mcs2025.gaps.find((g) => g.mineral === m),
        m,
      ).toMatchObject({ status: "absent" });
    expect(mcs2025.gaps.filter((g) => g.status === "not-read")).toEqual([]);
  });

  it("is checked by checkEditions, which finds a dropped gap and a foreign table", () => {
    const minerals = [...new Set(figureTables.map((t) => t.mineral))].map((id) => ({ id }) as never);
    const sources = editions
      .flatMap((e) => [...e.sources, ...e.gaps.flatMap((g) => g.sources ?? [])])
      .map((id) => ({ id }) as never);
    expect(checkEditions(editions, { figureTables, minerals, sources })).toEqual([]);
    const broken = editions.map((e) =>
      e.id === "usgs-mcs-2025"
        ? { ...e, gaps: e.gaps.filter((g) => g.mineral !== "fluorspar"), tables: [...e.tables, "usgs-mcs-2024-gold-world"] }
        : e,
    );
    const messages = checkEditions(broken, { figureTables, minerals, sources }).map((i) => i.message);
    expect(messages).toContain(
      "Edition 'usgs-mcs-2025' has no table of 'fluorspar' (present before and after it) and no gap saying why",
    );
    expect(messages).toContain("Table 'usgs-mcs-2024-gold-world' is of vintage 'usgs-mcs-2024'");
  });

  it("refuses an unknown edition with an error naming the parameter", () => {
    expect(() => requireEdition("usgs-mcs-1999", "edition")).toThrow(RangeError);
    expect(() => requireEdition("usgs-mcs-1999", "edition")).toThrow(/^edition must be one of usgs-mcs-2022/);
    expect(requireEdition(" USGS-MCS-2024 ", "edition").id).toBe("usgs-mcs-2024");
    expect(() => requireEdition(2024, "edition")).toThrow(TypeError);
  });
});

describe("editionCoverage", () => {
  it("agrees with the tables and the recorded gaps, cell by cell", () => {
    const coverage = editionCoverage();
    for (const row of coverage.rows)
      row.cells.forEach((cell, i) => {
        const ed = coverage.editions[i] ?? "";
        const tables = (fromFiles.get(ed) ?? []).filter((t) => t.mineral === row.mineral).map((t) => t.id);
        expect(cell.tables.sort(), `${row.mineral} ${ed}`).toEqual(tables.sort());
        expect(cell.status === "present", `${row.mineral} ${ed}`).toBe(tables.length > 0);
        if (cell.status !== "present") expect(cell.reason).toBeTruthy();
      });
  });

  it("resolves a mineral by name and refuses an unknown one or an unknown series", () => {
    expect(editionCoverage({ mineral: "Iodine" }).rows.map((r) => r.mineral)).toEqual(["iodine"]);
    expect(() => editionCoverage({ mineral: "unobtainium" })).toThrow(RangeError);
    expect(() => editionCoverage({ series: "usgs-myb" })).toThrow(/options.series/);
    expect(() => editionCoverage({ colour: "red" } as never)).toThrow(RangeError);
  });

  it("is the table the guide prints (scripts/docs-editions.ts)", () => {
    const text = readFileSync(join(root, DOC), "utf8");
    expect(text).toContain(START);
    expect(text).toContain(END);
    expect(withCoverage(text)).toBe(text);
    expect(text).toContain(editionCoverageMarkdown());
  });
});

describe("editionSeries", () => {
  it("takes each year from the newest edition that prints it, and says which", () => {
    const s = editionSeries("KZ", "sulfur", "production");
    expect(s.points.length).toBeGreaterThan(0);
    for (const p of s.points) {
      expect(p.figure.vintage).toBe(p.vintage);
      expect(p.figure.year).toBe(p.year);
      const newer = figures.filter(
        (f) =>
          f.country === "KZ" &&
          f.mineral === "sulfur" &&
          f.measure === "production" &&
          f.year === p.year &&
          f.vintage > p.vintage,
      );
      expect(newer).toEqual([]);
    }
    // MCS 2022 was read in part: its sulfur chapter is not among the files reached
    expect(s.gaps.map((g) => [g.vintage, g.status])).toEqual([["usgs-mcs-2022", "not-read"]]);
    // 2023 is printed last by MCS 2025 (release row: Sulfur, Kazakhstan, PROD_2023 5090), 2024 by MCS 2026
    expect(s.points.filter((p) => p.year >= 2023).map((p) => [p.year, p.vintage, p.figure.value])).toEqual([
      [2023, "usgs-mcs-2025", 5090],
      [2024, "usgs-mcs-2026", 4740],
      [2025, "usgs-mcs-2026", 4800],
    ]);
  });

  it("keeps to one edition when asked, and answers for an edition without the table instead of failing", () => {
    const one = editionSeries("kazakhstan", "gold", "mine-production", { edition: "usgs-mcs-2023" });
    expect(one.points.map((p) => p.vintage)).toEqual(["usgs-mcs-2023", "usgs-mcs-2023"]);
    expect(one.points.map((p) => p.year)).toEqual([2021, 2022]);
    // MCS 2025's fluorspar rows name no C5 state (MCS2025_World_Data.csv); MCS 2023 lists Kazakhstan
    const none = editionSeries("KZ", "fluorspar", "mine-production", { edition: "usgs-mcs-2025" });
    expect(none.points).toEqual([]);
    expect(none.gaps).toHaveLength(1);
    expect(none.gaps[0]).toMatchObject({ vintage: "usgs-mcs-2025", status: "absent" });
    const absent = editionSeries("UZ", "graphite", "mine-production", { edition: "usgs-mcs-2024" });
    expect(absent.gaps[0]?.status).toBe("absent");
  });

  it("refuses unknown arguments with errors naming them", () => {
    expect(() => editionSeries("XX", "gold", "mine-production")).toThrow(/country/);
    expect(() => editionSeries("KZ", "unobtainium", "mine-production")).toThrow(/mineral/);
    expect(() => editionSeries("KZ", "gold", "digging" as never)).toThrow(/measure/);
    expect(() => editionSeries("KZ", "gold", "mine-production", { edition: "mcs-1999" })).toThrow(/options.edition/);
    expect(() => editionSeries("KZ", "silicon", "production")).toThrow(/options.form/);
  });
});

describe("revisions across four editions", () => {
  it("compares MCS 2023 with MCS 2024 and lists the editions without a table", () => {
    const r = revisions("TM", "iodine", "mine-production", 2022);
    expect(r.editions.map((e) => e.vintage)).toEqual(["usgs-mcs-2023", "usgs-mcs-2024"]);
    // MCS 2025 holds an iodine table (its columns are 2023 and 2024); MCS 2022's iodine chapter was not read
    expect(r.gaps.map((g) => [g.vintage, g.status])).toEqual([["usgs-mcs-2022", "not-read"]]);
    // MCS 2023 prints 700 for Turkmenistan's 2022 iodine (estimated); MCS 2024 revises it to 770
    expect(r.editions.map((e) => e.figure.value)).toEqual([700, 770]);
    expect(r.editions[1]?.change?.delta).toBe(70);
  });

  it("reaches back to MCS 2022 where its release was read (Kazakh copper, 2021)", () => {
    // mcs2022-coppe_world.csv: Kazakhstan, Mine production, Prod_kt_Est_2021 520; mcs2023-coppe_world.csv: Prod_kt_2021 510
    const r = revisions("KZ", "copper", "mine-production", 2021);
    expect(r.editions.map((e) => [e.vintage, e.figure.value, e.figure.status])).toEqual([
      ["usgs-mcs-2022", 520, "estimated"],
      ["usgs-mcs-2023", 510, "reported"],
    ]);
    expect(r.editions[1]?.change?.delta).toBe(-10);
  });

  it("follows a year from its estimate to its revision in the next edition (MCS 2024 to MCS 2025)", () => {
    // mcs2024-iodin_world.csv: Turkmenistan Prod_t_est_2023 800; MCS2025_World_Data.csv: Iodine, Turkmenistan, PROD_2023 770
    const r = revisions("TM", "iodine", "mine-production", 2023);
    expect(r.editions.map((e) => [e.vintage, e.figure.value, e.figure.status])).toEqual([
      ["usgs-mcs-2024", 800, "estimated"],
      ["usgs-mcs-2025", 770, "reported"],
    ]);
    expect(r.editions[1]?.change?.delta).toBe(-30);
  });
});

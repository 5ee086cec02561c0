import { describe, expect, it } from "vitest";
import { countries, getCountry } from "../../src/datasets/countries.js";
import { figures, figureTables } from "../../src/datasets/figures.js";
import { c5Share, concentration, producerRanking } from "../../src/queries/concentration.js";
import { supplyColumn, worldShares } from "../../src/queries/supply.js";
import { Figure } from "../../src/schemas/figure.js";
import { isCellProblem, parseUsgsCell } from "../../src/usgs/cell.js";
import { decodeWindows1252 } from "../../src/usgs/cp1252.js";
import { importUsgsCsv } from "../../src/usgs/import.js";
import { columnSums } from "../../src/usgs/sums.js";
import { figuresFromTable, type TranscribedTable } from "../../src/usgs/transcribed.js";

const find = (country: string, table: string, year: number, measure = "mine-production") =>
  figures.find((f) => f.country === country && f.table === table && f.year === year && f.measure === measure);

describe("per-row notes of the MCS 2024 data release", () => {
  it("makes the 2022 figures the notes call estimated estimated (examples from the issue)", () => {
    // mcs2024-phosp_world.csv: Uzbekistan,...,900,900,Also estimated in 2022
    expect(find("UZ", "usgs-mcs-2024-phosphate-rock-world", 2022)).toMatchObject({ value: 900, status: "estimated" });
    // mcs2024-gold_world.csv: Kazakhstan's row notes 'Estimated in 2022 also'
    expect(find("KZ", "usgs-mcs-2024-gold-world", 2022)?.status).toBe("estimated");
    expect(find("KZ", "usgs-mcs-2024-phosphate-rock-world", 2022)?.note).toMatch(/'Also estimated in 2022'/);
  });

  it("keeps a 2022 figure reported when its note says so in a column headed estimated", () => {
    // mcs2024-tellu_world.csv: Sweden and Uzbekistan 'Reported in 2022'; Prod_t_est_2022
    expect(find("SE", "usgs-mcs-2024-tellurium-world", 2022, "refinery-production")?.status).toBe("reported");
    expect(find("UZ", "usgs-mcs-2024-tellurium-world", 2022, "refinery-production")?.status).toBe("reported");
    expect(find("KZ", "usgs-mcs-2024-magnesium-world", 2022, "smelter-production")?.status).toBe("estimated");
    expect(find("CN", "usgs-mcs-2024-magnesium-world", 2022, "smelter-production")?.status).toBe("reported");
  });

  it("reads the notes in the importer", () => {
    const csv = [
      "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes",
      'MCS2024,Kazakhstan,"Mine production, contained example",5,5,Also estimated in 2022,7,',
      'MCS2024,Uzbekistan,"Mine production, contained example",5,5,Estimated in 2022 also,7,',
      'MCS2024,Brazil,"Mine production, contained example",5,5,Production in 2022 is also estimated.,7,',
      'MCS2024,Peru,"Mine production, contained example",5,5,Reported quantity in 2022,7,',
    ].join("\n");
    const r = importUsgsCsv(csv, { mineral: "zinc" });
    const status = (c: string, y: number, m = "mine-production") =>
      r.figures.find((f) => f.country === c && f.year === y && f.measure === m)?.status;
    expect([status("KZ", 2022), status("UZ", 2022), status("BR", 2022), status("PE", 2022)]).toEqual([
      "estimated",
      "estimated",
      "estimated",
      "reported",
    ]);
    expect(status("KZ", 2023, "reserves")).toBe("reported"); // a production note says nothing of reserves
  });
});

describe("XX: not applicable", () => {
  it("is its own status with value null", () => {
    expect(parseUsgsCell("XX")).toEqual({ status: "not-applicable", value: null, footnotes: [] });
    expect(parseUsgsCell("NA")).toMatchObject({ status: "not-available" });
    const alumina = figures.filter((f) => f.table === "usgs-mcs-2024-alumina-refinery" && f.measure === "reserves");
    expect(alumina.length).toBeGreaterThan(20);
    expect(alumina.every((f) => f.status === "not-applicable" && f.value === null && f.printed === "XX")).toBe(true);
    const base = {
      country: "KZ",
      mineral: "zinc",
      measure: "reserves",
      basis: "contained",
      year: 2024,
      unit: "kt",
      source: "s",
      table: "t",
      vintage: "v",
    };
    expect(Figure.safeParse({ ...base, value: null, status: "not-applicable" }).success).toBe(true);
    expect(Figure.safeParse({ ...base, value: 5, status: "not-applicable" }).success).toBe(false);
  });
});

describe("s: less than half a unit", () => {
  it("is its own status with value null, distinct from zero", () => {
    expect(parseUsgsCell("s")).toEqual({ status: "less-than-half-unit", value: null, footnotes: [] });
    expect(parseUsgsCell(" s(3)")).toEqual({ status: "less-than-half-unit", value: null, footnotes: ["3"] });
    expect(parseUsgsCell("—")).toMatchObject({ status: "zero", value: 0 });
    // only the lower-case mark MCS prints; anything else stays a problem
    for (const printed of ["S", "es", "s1"]) expect(isCellProblem(parseUsgsCell(printed)), printed).toBe(true);
    const base = {
      country: "MX",
      mineral: "vermiculite",
      measure: "mine-production",
      basis: "gross-weight",
      year: 2024,
      unit: "kt",
      source: "s",
      table: "t",
      vintage: "v",
    };
    expect(Figure.safeParse({ ...base, value: null, status: "less-than-half-unit" }).success).toBe(true);
    expect(Figure.safeParse({ ...base, value: 0, status: "less-than-half-unit" }).success).toBe(false);
    expect(Figure.safeParse({ ...base, value: 0.4, status: "less-than-half-unit" }).success).toBe(false);
  });

  it("counts as zero in the column sums instead of skipping the column", () => {
    const table = { id: "t", sumTolerance: 5 };
    const f = (country: string, value: number | null, status: "reported" | "less-than-half-unit" | "not-available") =>
      ({ country, measure: "mine-production", year: 2024, value, unit: "kt", table: "t", status }) as const;
    const [ok] = columnSums(table, [f("BR", 53, "reported"), f("MX", null, "less-than-half-unit"), f("WORLD", 50, "reported")]);
    expect(ok).toMatchObject({ rowSum: 53, world: 50, withinTolerance: true });
    expect(ok?.skipped).toBeUndefined();
    const [na] = columnSums(table, [f("BR", 53, "reported"), f("MX", null, "not-available"), f("WORLD", 50, "reported")]);
    expect(na?.skipped).toBe("a row is withheld or not available");
  });
});

describe("qualified rows", () => {
  it("carry the printed qualifier as data", () => {
    const qualified = figures.filter((f) => f.qualifier !== undefined);
    expect(new Set(qualified.map((f) => `${f.country} ${f.qualifier}`))).toEqual(
      new Set([
        "PE exports",
        "US copper telluride",
        "SE concentrates",
        "BR beneficiated",
        // MCS 2023 and 2024 data release labels: "Russia (recoverable)" (antimony), "Mexico (net exports)" (mercury), and the silicon rows whose Type cell says ferrosilicon only while the
        // column is ferrosilicon and silicon metal combined
        "RU recoverable",
        "MX net exports",
        "BT ferrosilicon only",
        "IN ferrosilicon only",
        "MY ferrosilicon only",
        "PL ferrosilicon only",
        "UA ferrosilicon only",
      ]),
    );
    expect(qualified.every((f) => f.country !== "WORLD" && f.country !== "OTHER")).toBe(true);
  });

  it("are left out of rankings, concentration and C5 shares, and listed apart", () => {
    const mercury = producerRanking({ mineral: "mercury", measure: "mine-production", vintage: "usgs-mcs-2025", year: 2024 });
    expect(mercury.ranked.some((r) => r.figure.country === "PE")).toBe(false);
    expect(mercury.qualified.map((f) => f.country)).toEqual(["PE"]);
    const tellurium = concentration({
      mineral: "tellurium",
      measure: "refinery-production",
      vintage: "usgs-mcs-2025",
      year: 2024,
    });
    expect(tellurium.qualified.map((f) => f.country).sort()).toEqual(["SE", "US"]);
    const column = supplyColumn({ mineral: "tellurium", measure: "refinery-production", vintage: "usgs-mcs-2025", year: 2024 });
    expect(column.countries.some((f) => f.qualifier !== undefined)).toBe(false);
    // coverage counts only the rows that measure the column's quantity
    const named = column.countries.reduce((s, f) => s + (f.value ?? 0), 0);
    expect(tellurium.coverage).toBeCloseTo(named / (column.world?.value ?? Number.NaN), 10);
    expect(
      c5Share({ mineral: "mercury", measure: "mine-production", vintage: "usgs-mcs-2025", year: 2024 }).qualified,
    ).toHaveLength(1);
  });

  it("get no world share, but say why", () => {
    const [peru] = worldShares("PE", "mercury", { vintage: "usgs-mcs-2025", year: 2024 });
    expect(peru).toMatchObject({ share: null, qualifier: "exports" });
    expect(peru?.figure.value).toBe(30);
  });
});

describe("a country-level 'e' and reserves", () => {
  it("marks the row's production estimated and says on the reserves figure that the mark is not applied", () => {
    // MCS 2025 chromium prints 'Kazakhstane': production estimated, reserves as printed with a note
    expect(find("KZ", "usgs-mcs-2025-chromium-world", 2023)?.status).toBe("estimated");
    const reserves = find("KZ", "usgs-mcs-2025-chromium-world", 2024, "reserves");
    expect(reserves?.status).toBe("reported");
    expect(reserves?.note).toMatch(/'e' \(estimated\) mark/);
  });

  it("checks cell marks against the cells", () => {
    const t: TranscribedTable = {
      table: {
        id: "t",
        source: "s",
        vintage: "v",
        mineral: "zinc",
        title: "T",
        unitNote: "kt",
        c5Listed: [],
        c5NotListed: [],
        sumTolerance: 0,
      },
      columns: [{ key: "p", header: "2024", measure: "mine-production", year: 2024, unit: "kt", basis: "contained" }],
      rows: [
        { country: "KZ", printedName: "Kazakhstan", cells: { p: "5" }, cellMarks: { q: "estimated" }, printedNote: "x" },
        { country: "UZ", printedName: "Uzbekistan", cells: { p: "5" }, cellMarks: { p: "estimated" } },
        { country: "WORLD", printedName: "World total", cells: { p: "10" }, qualifier: "exports" },
      ],
    };
    expect(figuresFromTable(t).problems.map((p) => p.path)).toEqual([
      "rows[0].cellMarks.q",
      "rows[1].printedNote",
      "rows[2].qualifier",
    ]);
  });
});

describe("country aliases are names people use", () => {
  // USGS country names with a parenthesis that are names, not table qualifiers
  const NAMES_WITH_PARENTHESES = new Set(["Congo (Kinshasa)", "Congo (Brazzaville)"]);
  it("carry no table qualifier, estimate mark or footnote digit", () => {
    const bad = countries.flatMap((c) =>
      c.aliases
        .filter((a) => (/[()[\]]/.test(a) && !NAMES_WITH_PARENTHESES.has(a)) || /\d|\best\.|\be$/.test(a))
        .map((a) => `${c.alpha2}: ${a}`),
    );
    expect(bad).toEqual([]);
  });

  it("do not answer for table labels, which the importer still reads", () => {
    for (const label of ["Peru (exports)", "United States (copper telluride)", "Uzbekistan (est.)", "Sweden (concentrates)"])
      expect(getCountry(label)).toBeUndefined();
    const csv = [
      "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes",
      'MCS2024,Peru (exports),"Mine production, contained example",30,30,,NA,',
      'MCS2024,Uzbekistan (est.),"Mine production, contained example",4,4,,NA,',
    ].join("\n");
    const r = importUsgsCsv(csv, { mineral: "mercury" });
    expect(r.problems).toEqual([]);
    expect(r.figures.filter((f) => f.year === 2022).map((f) => [f.country, f.qualifier, f.status])).toEqual([
      ["PE", "exports", "reported"],
      ["UZ", undefined, "estimated"],
    ]);
    expect(figureTables.length).toBeGreaterThan(0);
  });
});

describe("Windows-1252", () => {
  // The code page's 0x80–0x9F row (Unicode's published mapping, cp1252.txt): 27 characters, 5 undefined bytes
  const row: [number, string][] = [
    [0x80, "€"],
    [0x82, "‚"],
    [0x83, "ƒ"],
    [0x84, "„"],
    [0x85, "…"],
    [0x86, "†"],
    [0x87, "‡"],
    [0x88, "ˆ"],
    [0x89, "‰"],
    [0x8a, "Š"],
    [0x8b, "‹"],
    [0x8c, "Œ"],
    [0x8e, "Ž"],
    [0x91, "‘"],
    [0x92, "’"],
    [0x93, "“"],
    [0x94, "”"],
    [0x95, "•"],
    [0x96, "–"],
    [0x97, "—"],
    [0x98, "˜"],
    [0x99, "™"],
    [0x9a, "š"],
    [0x9b, "›"],
    [0x9c, "œ"],
    [0x9e, "ž"],
    [0x9f, "Ÿ"],
  ];
  it("decodes 0x80–0x9F by the code page, not as C1 controls", () => {
    for (const [byte, char] of row) expect(decodeWindows1252(Uint8Array.of(byte))).toBe(char);
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(decodeWindows1252(Uint8Array.of(byte))).toBe("\ufffd");
    expect(decodeWindows1252(Uint8Array.of(0x41, 0xe9, 0xa0, 0xff))).toBe("Aé\u00a0ÿ");
    expect(() => decodeWindows1252("x" as unknown as Uint8Array)).toThrow(TypeError);
  });

  it("reads the em dash of a Windows-1252 USGS file as zero", () => {
    const text =
      "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes\r\n" +
      "Example,World production,Example,Uzbekistan,Mine production,contained example,metric tons,2025,@,\r\n";
    const bytes = Uint8Array.from([...text].map((c) => (c === "@" ? 0x97 : c.charCodeAt(0))));
    const r = importUsgsCsv(bytes, { mineral: "zinc", vintage: "usgs-mcs-2026" });
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => [f.country, f.status, f.value, f.printed])).toEqual([["UZ", "zero", 0, "—"]]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { figures, figureTables, producerRanking } from "../../src/figures.js";
import { sources } from "../../src/sources.js";

// The MCS 2026 tables read in PDF extractions lost the row-level "e" marks; the marks were restored from the
// USGS MCS 2026 data release (MCS2026_Commodities_Data.csv, doi:10.5066/P1WKQ63T). The expected statuses below
// are taken from that CSV (copy: therealjameswilson/critical-minerals-records-stage-v3 @942d04a,
// data/raw/usgs_mcs2026_commodities_data.csv): the quoted Value and Notes of each row, not the package's files.
const dir = new URL("../../data/figures/usgs-mcs-2026/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

const cell = (table: string, country: string, year: number, measure: string, form?: string) => {
  const found = figures.filter(
    (f) =>
      (f.table === `usgs-mcs-2026-${table}-world` || f.table === `usgs-mcs-2026-${table}`) &&
      f.country === country &&
      f.year === year &&
      f.measure === measure &&
      (form === undefined || f.form === form),
  );
  expect(found, `${table} ${country} ${year} ${measure}`).toHaveLength(1);
  return found[0];
};

describe("MCS 2026 estimate marks", () => {
  it("are read in every table: none says its marks were lost, no figure is reported-or-estimated", () => {
    expect(files.length).toBe(33);
    for (const f of files) {
      const raw = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as { estimateMarks?: string };
      expect(raw.estimateMarks, f).not.toBe("lost");
    }
    const rows = figures.filter((f) => f.vintage === "usgs-mcs-2026");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((f) => f.status === "reported-or-estimated")).toEqual([]);
  });

  it("cite the data release beside the chapter when the values were read in the chapter", () => {
    const ids = new Set<string>(sources.map((s) => s.id));
    for (const t of figureTables.filter((x) => x.vintage === "usgs-mcs-2026")) {
      const all = [t.source, ...(t.otherSources ?? [])];
      expect(
        all.some((id) => id.startsWith("usgs-mcs-2026-data-release-")),
        t.id,
      ).toBe(true);
      for (const id of all) expect(ids.has(id), id).toBe(true);
    }
  });

  // [table, country, year, measure, form or undefined, value, status]; release row quoted in the comment
  const cases: [string, string, number, string, string | undefined, number, string][] = [
    ["antimony", "KZ", 2024, "mine-production", undefined, 800, "estimated"], // ANTIMONY Kazakhstan Mine production 2024 800 "Estimated."
    ["barite", "KZ", 2024, "mine-production", undefined, 650, "estimated"], // BARITE Kazakhstan 2024 650 "Estimated."
    ["bismuth", "KZ", 2024, "refinery-production", undefined, 180, "estimated"], // BISMUTH Kazakhstan 2024 180 "Estimated."
    ["chromium", "KZ", 2024, "mine-production", undefined, 6100, "estimated"], // CHROMIUM Kazakhstan 2024 6,100 "Estimated. -- ..."
    ["chromium", "FI", 2024, "mine-production", undefined, 1940, "reported"], // CHROMIUM Finland 2024 1,940 (no "Estimated.")
    ["copper-mine", "KZ", 2024, "mine-production", undefined, 724, "reported"], // COPPER Kazakhstan Mine production 2024 724 (no note)
    ["fluorspar", "TJ", 2024, "mine-production", undefined, 15, "estimated"], // FLUORSPAR Tajikistan 2024 15 "Estimated."
    ["indium", "UZ", 2024, "refinery-production", undefined, 1, "reported"], // INDIUM Uzbekistan 2024 1 (no note)
    ["lead", "TJ", 2024, "mine-production", undefined, 39, "estimated"], // LEAD Tajikistan 2024 39 "Estimated."
    ["magnesium", "KZ", 2024, "smelter-production", undefined, 15, "estimated"], // MAGNESIUM METAL Kazakhstan 2024 15 "Estimated."
    ["molybdenum", "UZ", 2024, "mine-production", undefined, 2100, "estimated"], // MOLYBDENUM Uzbekistan 2024 2,100 "Estimated."
    ["phosphate-rock", "UZ", 2024, "mine-production", undefined, 950, "estimated"], // PHOSPHATE ROCK Uzbekistan 2024 950 "Estimated."
    ["rhenium", "KZ", 2024, "mine-production", undefined, 1500, "estimated"], // RHENIUM Kazakhstan 2024 1,500 "Estimated. -- ..."
    ["silver", "KZ", 2024, "mine-production", undefined, 850, "estimated"], // SILVER Kazakhstan 2024 850 "Estimated."
    ["sulfur", "KZ", 2024, "production", undefined, 4740, "reported"], // SULFUR Kazakhstan 2024 4,740 "Reported."
    ["sulfur", "TM", 2024, "production", undefined, 880, "estimated"], // SULFUR Turkmenistan 2024 880 "Estimated."
    ["tellurium", "UZ", 2024, "refinery-production", undefined, 18, "estimated"], // TELLURIUM Uzbekistan 2024 18 "Estimated. -- ..."
    ["titanium", "KZ", 2025, "capacity", "titanium sponge", 26000, "estimated"], // Titanium sponge metal Capacity Kazakhstan 2025 26,000 "Estimated."
    ["tungsten", "KZ", 2025, "mine-production", undefined, 2400, "estimated"], // TUNGSTEN Kazakhstan 2025 2,400 "Estimated."
    ["zinc", "KZ", 2025, "mine-production", undefined, 360, "estimated"], // ZINC Kazakhstan 2025 360 "Estimated. -- ..."
    ["zinc", "US", 2024, "mine-production", undefined, 759, "reported"], // ZINC United States 2024 759 (no "Estimated.")
    ["vermiculite", "UZ", 2024, "mine-production", undefined, 1, "estimated"], // VERMICULITE Uzbekistan 2024 1 "Estimated."
    ["vermiculite", "UZ", 2025, "mine-production", undefined, 1, "estimated"], // VERMICULITE Uzbekistan 2025 1 "Estimated."
    ["vermiculite", "ZA", 2024, "mine-production", undefined, 163, "reported"], // VERMICULITE South Africa 2024 163 (no note)
    ["vermiculite", "WORLD", 2024, "mine-production", undefined, 470, "reported"], // VERMICULITE World total 2024 470 (no note)
    ["vermiculite", "WORLD", 2025, "mine-production", undefined, 460, "estimated"], // VERMICULITE World total 2025 460 "Estimated."
  ];
  it.each(cases)("%s %s %i %s: status as the release notes it", (table, country, year, measure, form, value, status) => {
    const f = cell(table, country, year, measure, form);
    expect(f?.value).toBe(value);
    expect(f?.status).toBe(status);
  });

  it("give Mexico's vermiculite, printed 's' ('Less than ½unit.'), as less-than-half-unit with no number", () => {
    // VERMICULITE Mexico Mine production 2024 s "Less than ½unit."; 2025 s "Estimated. -- Less than ½unit."
    for (const year of [2024, 2025]) {
      const f = cell("vermiculite", "MX", year, "mine-production");
      expect(f?.status).toBe("less-than-half-unit");
      expect(f?.value).toBeNull();
      expect(f?.printed).toBe("s");
    }
    expect(cell("vermiculite", "MX", 2025, "reserves")?.status).toBe("not-available"); // Mexico Reserves 2025 NA
    expect(cell("vermiculite", "UZ", 2025, "reserves")?.status).toBe("not-available"); // Uzbekistan Reserves 2025 NA
    const ranking = producerRanking({ mineral: "vermiculite", measure: "mine-production", year: 2024, vintage: "usgs-mcs-2026" });
    expect(ranking.unranked.map((f) => f.country)).toEqual(["MX"]);
    expect(ranking.ranked[0]?.figure.country).toBe("ZA"); // South Africa 163, the largest 2024 row
  });

  it("add the chromium reserves in Cr2O3 content the extraction missed (release: Kazakhstan 100,000)", () => {
    const f = cell("chromium", "KZ", 2025, "reserves", "Cr2O3 content of chromite ore reserves");
    expect(f?.value).toBe(100000);
    expect(f?.basis).toBe("contained");
    expect(f?.unit).toBe("kt");
  });
});

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { figures } from "../../src/datasets/figures.js";
import { latestFigures, revisions } from "../../src/queries/revisions.js";
import type { Measure } from "../../src/schemas/figure.js";

/** A cell as printed in a transcribed table, read from data/ (independent of the figures pipeline). */
function printedCell(file: string, country: string, key: string): string | undefined {
  const t = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data/figures", file), "utf8")) as {
    rows: { country: string; cells: Record<string, string> }[];
  };
  return t.rows.find((r) => r.country === country)?.cells[key];
}

describe("revisions", () => {
  it("gives every edition's value and status for Kazakhstan's 2023 chromite output", () => {
    const r = revisions("KZ", "chromium", "mine-production", 2023);
    expect(r.editions.map((e) => e.vintage)).toEqual(["usgs-mcs-2024", "usgs-mcs-2025"]);
    // MCS 2024 prints 6000 in the column headed estimated; MCS 2025 prints 6,000 on the row marked 'Kazakhstane'
    expect(printedCell("usgs-mcs-2024/chromium.json", "KZ", "p2023")).toBe("6000");
    expect(printedCell("usgs-mcs-2025/chromium.json", "KZ", "p2023")).toBe("6,000");
    expect(r.editions.map((e) => [e.figure.value, e.figure.status])).toEqual([
      [6000, "estimated"],
      [6000, "estimated"],
    ]);
    expect(r.editions[0]?.change).toBeUndefined();
    expect(r.editions[1]?.change).toEqual({
      from: "usgs-mcs-2024",
      delta: 0,
      relative: 0,
      previousStatus: "estimated",
      revised: false,
    });
    expect(r.latest?.vintage).toBe("usgs-mcs-2025");
  });

  it("computes each change from the two editions' printed values", () => {
    // Kazakhstan's gold, 2023: MCS 2024 '130' (estimated column), MCS 2025 '133'
    const a = Number(printedCell("usgs-mcs-2024/gold.json", "KZ", "p2023")?.replace(/,/g, ""));
    const b = Number(printedCell("usgs-mcs-2025/gold.json", "KZ", "p2023")?.replace(/,/g, ""));
    const r = revisions("KZ", "gold", "mine-production", 2023);
    expect(r.editions[1]?.change?.delta).toBe(b - a);
    expect(r.editions[1]?.change?.relative).toBeCloseTo((b - a) / a, 10);
    expect(r.editions[1]?.change?.revised).toBe(a !== b || r.editions[0]?.figure.status !== r.editions[1]?.figure.status);
  });

  it("holds, for every observation, every edition in order, the deltas and the latest", () => {
    for (const f of figures) {
      if (!/^usgs-mcs-\d{4}$/.test(f.vintage)) continue;
      const r = revisions(f.country, f.mineral, f.measure as Measure, f.year, f.form === undefined ? {} : { form: f.form });
      const vintages = r.editions.map((e) => e.vintage);
      expect(vintages).toContain(f.vintage);
      expect([...vintages].sort()).toEqual(vintages);
      expect(new Set(vintages).size).toBe(vintages.length);
      expect(r.latest).toBe(r.editions.at(-1)?.figure);
      for (const [i, e] of r.editions.entries()) {
        const before = r.editions[i - 1]?.figure;
        if (before === undefined) continue;
        expect(e.figure.unit).toBe(before.unit);
        expect(e.change?.delta).toBe(e.figure.value === null || before.value === null ? null : e.figure.value - before.value);
        // a copy that lost the estimate marks (MCS 2026) cannot say a status changed
        const definite = ["reported", "estimated"];
        const unsure = [before.status, e.figure.status].includes("reported-or-estimated");
        const statuses = [before.status, e.figure.status].filter((x) => x !== "reported-or-estimated");
        if (unsure && statuses.every((x) => definite.includes(x)) && e.figure.value === before.value)
          expect(e.change?.revised).toBe(false);
      }
    }
  });

  it("refuses to mix forms and checks its arguments", () => {
    expect(() => revisions("KZ", "silicon", "production", 2023)).toThrow(
      /ferrosilicon.*silicon metal|silicon metal.*ferrosilicon/,
    );
    expect(revisions("KZ", "silicon", "production", 2023, { form: "silicon metal" }).editions).toHaveLength(2);
    expect(() => revisions("", "gold", "mine-production", 2023)).toThrow(RangeError);
    expect(() => revisions("KZ", "gold", "mined" as Measure, 2023)).toThrow(/measure must be one of/);
    expect(() => revisions("KZ", "gold", "mine-production", 2023.5)).toThrow(RangeError);
    expect(revisions("KZ", "gold", "mine-production", 1950).editions).toEqual([]);
  });
});

describe("latestFigures", () => {
  it("keeps one figure per observation, from the newest edition that gives it", () => {
    const latest = latestFigures();
    const keys = latest.map((f) => `${f.country}|${f.mineral}|${f.measure}|${f.form ?? ""}|${f.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of figures.filter((x) => /^usgs-mcs-/.test(x.vintage))) {
      const key = `${f.country}|${f.mineral}|${f.measure}|${f.form ?? ""}|${f.year}`;
      const held = latest[keys.indexOf(key)];
      expect(held?.vintage.localeCompare(f.vintage)).toBeGreaterThanOrEqual(0);
    }
    expect(Object.isFrozen(latest)).toBe(true);
    expect(latest.some((f) => f.vintage === "wna-2015-2024")).toBe(false);
    expect(latestFigures({ series: "wna" }).every((f) => f.mineral === "uranium")).toBe(true);
  });
});

describe("c5-minerals query revisions", () => {
  it("answers in text and JSON", () => {
    const text = runCli(["query", "revisions", "KZ", "chromium", "mine-production", "2023"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/usgs-mcs-2024\s+6,000 estimated/);
    expect(text.stdout).toMatch(/usgs-mcs-2025\s+6,000 estimated\s+unchanged/);
    expect(text.stdout).toMatch(/latest: usgs-mcs-2025/);
    const json = JSON.parse(runCli(["query", "revisions", "kz", "gold", "mine-production", "2023", "--json"]).stdout);
    expect(json.editions.map((e: { vintage: string }) => e.vintage)).toEqual(["usgs-mcs-2024", "usgs-mcs-2025"]);
    expect(runCli(["query", "revisions", "--help"]).stdout).toMatch(/Usage: c5-minerals query revisions/);
    expect(runCli(["query", "--help"]).stdout).toMatch(/revisions <country> <mineral> <measure> <year>/);
  });

  it("says what is wrong with a call", () => {
    expect(runCli(["query", "revisions", "KZ", "chromium"])).toMatchObject({ code: 2 });
    expect(runCli(["query", "revisions", "KZ", "chromium", "mined", "2023"])).toMatchObject({ code: 2 });
    expect(runCli(["query", "revisions", "KZ", "chromium", "mine-production", "20x3"])).toMatchObject({ code: 2 });
    const forms = runCli(["query", "revisions", "KZ", "silicon", "production", "2023"]);
    expect(forms.code).toBe(1);
    expect(forms.stderr).toMatch(/--form/);
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importBaci } from "../../src/baci/index.js";
import { countries } from "../../src/countries.js";
import { minerals } from "../../src/minerals.js";
import { TradeFlow } from "../../src/schemas/index.js";
import { sources } from "../../src/sources.js";
import {
  blocShares,
  buyerConcentration,
  buyersOf,
  exportDestinations,
  hsCodes,
  shareChanges,
  suppliedBy,
  tradeFlows,
} from "../../src/trade.js";
import { checkTradeFlows } from "../../src/validate/index.js";

const fixtures = join(import.meta.dirname, "../fixtures/baci");
const file = join(fixtures, "BACI_HS22_Y2022_V202401.csv");
const codes = join(fixtures, "country_codes_V202401.csv");

describe("shipped trade flows", () => {
  it("pass the integrity check", () => {
    expect(checkTradeFlows(tradeFlows, { sources, countries, minerals, hsCodes })).toEqual([]);
  });

  it("add up to at most 100 % per country, mineral, year, source and measure, within the printed rounding", () => {
    // A whole-number share may be off by 0.5, a share with one decimal by 0.05.
    const sums = new Map<string, { sum: number; rounding: number }>();
    for (const f of tradeFlows) {
      if (f.share === undefined) continue;
      const key = [f.reporter, f.direction, f.mineral, f.year, f.source, f.measure].join("|");
      const s = sums.get(key) ?? { sum: 0, rounding: 0 };
      s.sum += f.share;
      s.rounding += Number.isInteger(f.share) ? 0.5 : 0.5 * 10 ** -(String(f.share).split(".")[1]?.length ?? 0);
      sums.set(key, s);
    }
    expect(sums.size).toBeGreaterThan(0);
    for (const [key, { sum, rounding }] of sums) expect(sum, key).toBeLessThanOrEqual(100 + rounding + 1e-9);
  });

  it("flags a statement whose shares exceed 100 %", () => {
    const [a] = tradeFlows.filter((f) => f.share !== undefined);
    const twice = [a, { ...a, id: "copy" }, { ...a, id: "copy-2" }] as typeof tradeFlows;
    const issues = checkTradeFlows(twice, { sources, countries, minerals, hsCodes });
    expect(issues.some((i) => /more than 100/.test(i.message))).toBe((a?.share ?? 0) * 3 > 100);
  });

  it("answers buyers, blocs and concentration from the same statements", () => {
    for (const s of buyersOf("KZ", "uranium").statements) {
      const sum = s.parts.reduce((t, p) => t + p.share, 0);
      expect(s.coverage).toBeCloseTo(sum, 6);
      const [b] = blocShares("KZ", "uranium", { year: s.year, source: s.source });
      expect(
        (b?.CN ?? 0) +
          (b?.RU ?? 0) +
          (b?.EU ?? 0) +
          (b?.US ?? 0) +
          (b?.others ?? 0) +
          (b?.unattributed ?? 0) +
          (b?.unstated ?? 0),
      ).toBeCloseTo(100, 6);
      const [c] = buyerConcentration("KZ", "uranium", { year: s.year, source: s.source });
      expect(c?.hhi).toBeCloseTo(
        s.parts.reduce((t, p) => t + p.share ** 2, 0),
        6,
      );
      expect(c?.hhiMax ?? 0).toBeGreaterThanOrEqual(c?.hhi ?? 0);
    }
  });

  it("follows a partner's share across years of one measure, and sees it from the buyer's side", () => {
    const series = shareChanges("US", "KZ", "uranium", "import");
    for (let i = 1; i < series.points.length; i++) {
      const [prev, cur] = [series.points[i - 1], series.points[i]];
      expect(cur?.change).toBeCloseTo((cur?.share ?? 0) - (prev?.share ?? 0), 6);
    }
    const eia = tradeFlows.filter((f) => f.reporter === "US" && f.partner === "UZ" && f.mineral === "uranium");
    expect(
      suppliedBy("UZ", "uranium")
        .map((s) => s.share)
        .sort(),
    ).toEqual(eia.map((f) => f.share).sort());
  });

  it("computes shares from quantities when a statement gives tonnages only, of the total it prints", () => {
    const tonnages = tradeFlows.filter((f) => f.share === undefined && f.value === undefined && f.quantity !== undefined);
    expect(tonnages.length).toBeGreaterThan(0);
    for (const f of tonnages) {
      if (f.partner === "OTHER") continue;
      const statement = (f.direction === "import" ? suppliedBy(f.partner, f.mineral ?? "", { source: f.source }) : []).find(
        (s) => s.importer === f.reporter && s.year === f.year,
      );
      const total = f.total?.amount ?? 0;
      expect(statement?.computed).toBe(true);
      expect(statement?.share).toBeCloseTo(((f.quantity?.amount ?? 0) * 100) / total, 3);
      expect(statement?.period).toBe(f.period);
    }
  });

  it("keeps a part-year period inside its year, and refuses one that is not", () => {
    for (const f of tradeFlows.filter((x) => x.period !== undefined)) expect(f.period?.slice(0, 4)).toBe(String(f.year));
    const [a] = tradeFlows.filter((f) => f.period !== undefined);
    expect(TradeFlow.safeParse({ ...a }).success).toBe(true);
    expect(TradeFlow.safeParse({ ...a, period: `${(a?.year ?? 0) + 1}-01` }).success).toBe(false);
    expect(TradeFlow.safeParse({ ...a, period: `${a?.year}-13` }).success).toBe(false);
    expect(TradeFlow.safeParse({ ...a, period: `${a?.year}-05/${a?.year}-02` }).success).toBe(false);
  });

  it("answers the README's question in one call, and checks its arguments", () => {
    const answer = exportDestinations("Kazakhstan", ["uranium", "chromium"]);
    expect(answer.map((a) => a.mineral)).toEqual(["uranium", "chromium"]);
    expect(answer[1]?.china).toMatch(/China/);
    expect(() => exportDestinations("Atlantis", ["uranium"])).toThrow(RangeError);
    expect(() => buyersOf("KZ", "unobtainium")).toThrow(RangeError);
    expect(() => buyersOf("KZ", "uranium", { year: 1800 })).toThrow(RangeError);
    expect(buyersOf("TM", "uranium").reason).toMatch(/No statement/);
  });
});

describe("importBaci", () => {
  const result = importBaci(file, { countryCodes: codes });

  it("keeps exactly the C5 rows under crosswalk codes, one record per kept side", () => {
    expect(result.rows).toBe(15);
    expect(result.flows.map((f) => f.id)).toEqual([
      "baci-v202401-2022-261000-export-kz-cn",
      "baci-v202401-2022-284410-export-kz-us",
      "baci-v202401-2022-284410-export-kz-fr",
      "baci-v202401-2022-720241-export-kz-n490",
      "baci-v202401-2022-284410-export-uz-us",
      "baci-v202401-2022-720241-export-kz-ru",
      "baci-v202401-2022-261000-import-kz-cn",
      "baci-v202401-2022-811292-export-kz-n999",
    ]);
  });

  it("reads padded NA quantities, quoted names and codes with no ISO equivalent", () => {
    const us = result.flows.find((f) => f.id === "baci-v202401-2022-284410-export-kz-us");
    expect(us?.quantity).toBeUndefined();
    expect(us?.value).toEqual({ amount: 201000, currency: "USD", scale: "thousand" });
    const taiwan = result.flows.find((f) => f.id.endsWith("n490"));
    expect([taiwan?.partner, taiwan?.partnerLabel]).toEqual(["OTHER", "Other Asia, nes"]);
    expect(result.flows.find((f) => f.id.endsWith("kz-cn"))?.quantity).toEqual({ amount: 1050000, unit: "t" });
    expect(result.unknownCountryCodes).toEqual([999]);
    expect(result.flows.find((f) => f.hsCode === "811292")?.mineral).toBeUndefined();
  });

  it("reports every refused row with its line", () => {
    expect(result.refused.map((r) => r.line)).toEqual([11, 12, 13, 14, 15]);
    expect(result.refusedCount).toBe(5);
  });

  it("without the code table reads ISO numeric codes and leaves BACI's own codes unnamed", () => {
    const plain = importBaci(file);
    expect(plain.unknownCountryCodes).toContain(842);
    expect(plain.flows.find((f) => f.id.endsWith("kz-n842"))?.partner).toBe("OTHER");
  });

  it("cites the cepii-baci source, which the sources dataset holds, and passes the integrity check", () => {
    expect(new Set(result.flows.map((f) => f.source))).toEqual(new Set(["cepii-baci"]));
    expect(sources.find((s) => s.id === "cepii-baci")?.licence).toMatch(/Etalab/);
    expect(checkTradeFlows(result.flows, { sources, countries, minerals, hsCodes })).toEqual([]);
  });

  it("feeds the trade queries: shares computed from values", () => {
    const statement = buyersOf("KZ", "uranium", { flows: result.flows }).statements[0];
    expect(statement?.parts.map((p) => p.partner)).toEqual(["US", "FR"]);
    expect(statement?.coverage).toBeCloseTo(100, 6);
  });
});

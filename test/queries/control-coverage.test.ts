// Issue 22, part 5: for the twelve (C5 state, mineral) pairs with the largest world shares in the newest
// edition, the facilities explain at least 60 % of the national figure, or the data says why not. The pairs are
// computed here from the figures (world tables only), independently of the package's supply queries.
import { describe, expect, it } from "vitest";
import { controlOf, coverageGaps, facilities } from "../../src/facilities.js";
import { figures, figureTables } from "../../src/figures.js";

const C5: readonly string[] = ["KZ", "KG", "TJ", "TM", "UZ"];
const OUTPUT_MEASURES: readonly string[] = [
  "mine-production",
  "refinery-production",
  "smelter-production",
  "plant-production",
  "production",
];

/** Each C5 pair's largest world share in the newest edition of its mineral (newest year the country has a value). */
function worldSharesOfPairs(): { pair: string; share: number }[] {
  const alternative = new Set<string>(figureTables.filter((t) => t.kind === "alternative").map((t) => t.id));
  const world = figures.filter((f) => !alternative.has(f.table) && OUTPUT_MEASURES.includes(f.measure));
  const newestEdition = new Map<string, string>();
  for (const f of world) if ((newestEdition.get(f.mineral) ?? "") < f.vintage) newestEdition.set(f.mineral, f.vintage);
  const column = (f: (typeof figures)[number]) => `${f.table}|${f.measure}|${f.form ?? ""}`;
  const newestYear = new Map<string, number>();
  for (const f of world) {
    if (f.value === null || f.vintage !== newestEdition.get(f.mineral)) continue;
    const key = `${column(f)}|${f.country}`;
    newestYear.set(key, Math.max(newestYear.get(key) ?? 0, f.year));
  }
  const best = new Map<string, number>();
  for (const f of world) {
    if (!C5.includes(f.country) || f.value === null || f.qualifier !== undefined) continue;
    if (f.year !== newestYear.get(`${column(f)}|${f.country}`)) continue;
    const total = world.find((w) => w.country === "WORLD" && column(w) === column(f) && w.year === f.year);
    if (total === undefined || total.value === null || total.value <= 0 || total.bound !== undefined) continue;
    const pair = `${f.country} ${f.mineral}`;
    best.set(pair, Math.max(best.get(pair) ?? 0, f.value / total.value));
  }
  return [...best].map(([pair, share]) => ({ pair, share })).sort((a, b) => b.share - a.share);
}

const ranked = worldSharesOfPairs();
// the twelfth share, and every pair tied with it
const cut = ranked[11]?.share ?? 0;
const top = ranked.filter((r) => r.share >= cut);

describe("the top pairs' national figures are explained by facilities, or a gap says why", () => {
  it("finds at least twelve pairs, Kazakh uranium and chromite among them", () => {
    expect(top.length).toBeGreaterThanOrEqual(12);
    const pairs = top.map((r) => r.pair);
    expect(pairs).toContain("KZ uranium");
    expect(pairs).toContain("KZ chromium");
  });

  for (const { pair } of top) {
    it(pair, () => {
      const [country, mineral] = pair.split(" ") as [string, string];
      const c = controlOf(country, mineral);
      const gap = coverageGaps.find((g) => g.country === country && g.mineral === mineral);
      if ((c.coverage ?? 0) >= 0.6) return;
      expect(gap?.reason, `${pair}: coverage ${c.coverage}, no coverage gap`).toBeTruthy();
      // the answer carries the gap and says it
      expect(c.gap).toEqual(gap);
      expect(c.reason).toContain(gap?.reason);
      // an output gap is for a pair that has facilities; a no-facility gap for one that has none
      const hasFacility = facilities.some((f) => f.country === country && f.commodities.some((x) => x.mineral === mineral));
      expect(gap?.kind === "output", pair).toBe(hasFacility);
    });
  }

  it("keeps no output gap for a pair whose facilities already explain 60 % (a stale gap)", () => {
    for (const g of coverageGaps.filter((x) => x.kind === "output")) {
      expect(controlOf(g.country, g.mineral).coverage ?? 0, `${g.country} ${g.mineral}`).toBeLessThan(0.6);
    }
  });
});

describe("controlOf compares with the measure and form the tables print", () => {
  it("compares Kazakh titanium sponge with the national plant production, plant output with plant output", () => {
    const c = controlOf("KZ", "titanium");
    expect(c.national?.figure.measure).toBe("plant-production");
    expect(c.national?.figure.form).toBe("titanium sponge");
    const counted = c.facilities.map((f) => f.output);
    expect(counted.length).toBeGreaterThan(0);
    for (const o of counted) {
      expect(o.basis).toBe(c.national?.figure.basis);
      expect(o.year).toBe(c.national?.figure.year);
      expect(o.form.toLowerCase()).toContain("sponge");
    }
    // the sum of the counted figures over the national figure of the same year, in the same unit (t)
    const sum = counted.reduce((s, o) => s + o.value, 0);
    expect(c.coverage).toBeCloseTo(sum / (c.national?.figure.value ?? Number.NaN), 9);
  });

  it("takes mine production where the tables give it, never a refinery measure beside it", () => {
    const refined = figures.some((f) => f.country === "KZ" && f.mineral === "copper" && f.measure === "refinery-production");
    expect(refined).toBe(true);
    expect(controlOf("KZ", "copper").national?.figure.measure).toBe("mine-production");
  });

  it("compares Uzbek clays with the kaolin row (the largest form printed), not bentonite", () => {
    const c = controlOf("UZ", "clays");
    const sameYear = figures.filter(
      (f) =>
        f.country === "UZ" &&
        f.mineral === "clays" &&
        f.year === c.national?.figure.year &&
        f.vintage === c.national?.figure.vintage &&
        f.value !== null,
    );
    expect(new Set(sameYear.map((f) => f.form)).size).toBeGreaterThan(1);
    expect(c.national?.figure.value).toBe(Math.max(...sameYear.map((f) => f.value ?? 0)));
    expect(c.national?.figure.form).toBe("kaolin");
  });
});

import { describe, expect, it } from "vitest";
import { corridorLegs, corridorNodes, corridors, lengthCoverage, metricSeries } from "../../src/corridors.js";
import { getCountry } from "../../src/countries.js";

const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n] as const));
type Metric = { metric: string; kind: string; unit: string; year: number; statedIn?: number; value: number };
const allMetrics: { owner: string; m: Metric }[] = [
  ...corridors.flatMap((c) => c.metrics.map((m) => ({ owner: c.id as string, m: m as Metric }))),
  ...corridorNodes.flatMap((n) =>
    ((n as { metrics?: readonly Metric[] }).metrics ?? []).map((m) => ({ owner: n.id as string, m })),
  ),
  ...corridorLegs.flatMap((l) =>
    ((l as { metrics?: readonly Metric[] }).metrics ?? []).map((m) => ({ owner: l.id as string, m })),
  ),
];

describe("the corridor graph", () => {
  it("puts every node on at least one leg", () => {
    const used = new Set(corridorLegs.flatMap((l) => [l.from as string, l.to as string]));
    expect(corridorNodes.filter((n) => !used.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it("is connected: every node is reachable from every other over legs of any status", () => {
    const start = corridorNodes[0]?.id as string;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      for (const l of corridorLegs) {
        const next = l.from === at ? l.to : l.to === at ? l.from : undefined;
        if (next !== undefined && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(corridorNodes.filter((n) => !seen.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it("crosses land borders only between neighbouring countries (from the countries dataset's borders)", () => {
    for (const l of corridorLegs) {
      if ((l.mode as string) === "ferry" || (l.mode as string) === "sea") continue;
      const a = nodeById.get(l.from)?.country as string;
      const b = nodeById.get(l.to)?.country as string;
      if (a === b) continue;
      const borders = (getCountry(a) as { borders?: readonly { country: string }[] } | undefined)?.borders;
      // only countries with full profiles list their borders; check from whichever side has them
      const other = (getCountry(b) as { borders?: readonly { country: string }[] } | undefined)?.borders;
      const listed = borders ?? other;
      if (listed === undefined) continue;
      const neighbour = borders !== undefined ? b : a;
      expect(
        listed.some((x) => x.country === neighbour),
        `${l.id}: ${a}-${b}`,
      ).toBe(true);
    }
  });

  it("marks exactly the legs without a sourced length as great-circle estimates", () => {
    for (const l of corridorLegs) {
      const estimate = (l as { lengthEstimate?: string }).lengthEstimate;
      expect(estimate === "great-circle", l.id).toBe(l.lengthKm.length === 0);
    }
  });
});

// An independent haversine (spherical Earth, radius 6371 km) to measure the legs without the package's code.
const haversineKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

describe("leg lengths", () => {
  const measured = corridorLegs.map((l) => {
    const claims = l.lengthKm as readonly { value: number; preferred?: boolean }[];
    const claim = claims.find((c) => c.preferred) ?? claims[0];
    const a = nodeById.get(l.from)?.coordinates ?? { lat: 0, lon: 0 };
    const b = nodeById.get(l.to)?.coordinates ?? { lat: 0, lon: 0 };
    return { id: l.id as string, km: claim?.value ?? haversineKm(a, b), sourced: claim !== undefined, crow: haversineKm(a, b) };
  });

  it("come from sources for at least 80 % of the land kilometres (sea distances are mostly estimates)", () => {
    const total = measured.reduce((s, m) => s + m.km, 0);
    const sourced = measured.filter((m) => m.sourced).reduce((s, m) => s + m.km, 0);
    const land = measured.filter((m) => ["rail", "road"].includes(corridorLegs.find((l) => l.id === m.id)?.mode ?? ""));
    const landSourced = land.filter((m) => m.sourced).reduce((s, m) => s + m.km, 0);
    expect(landSourced / land.reduce((s, m) => s + m.km, 0)).toBeGreaterThanOrEqual(0.8);
    const coverage = lengthCoverage();
    expect(coverage.totalKm).toBeCloseTo(total, -1);
    expect(coverage.sourcedKm).toBeCloseTo(sourced, 6);
    expect(coverage.estimatedLegs.sort()).toEqual(
      measured
        .filter((m) => !m.sourced)
        .map((m) => m.id)
        .sort(),
    );
  });

  it("are never shorter than the straight line between their nodes, nor absurdly longer", () => {
    // a sourced track, road or sea length follows the ground, so it is at least the great-circle distance
    // (allowing 3 % for coordinates given to the town rather than the station) and rarely over 2.5 times it
    for (const m of measured.filter((x) => x.sourced)) {
      expect(m.km, `${m.id}: ${m.km} km vs ${Math.round(m.crow)} km straight`).toBeGreaterThanOrEqual(m.crow * 0.97);
      expect(m.km, `${m.id}: ${m.km} km vs ${Math.round(m.crow)} km straight`).toBeLessThanOrEqual(Math.max(m.crow * 2.5, 30));
    }
  });

  it("count one corridor's legs only when asked for one corridor", () => {
    const ids = new Set<string>(corridors.find((c) => c.id === "baku-tbilisi-kars-railway")?.legs ?? []);
    const own = measured.filter((m) => ids.has(m.id));
    const coverage = lengthCoverage("baku-tbilisi-kars-railway");
    expect(coverage.legs).toBe(own.length);
    expect(coverage.sourcedKm).toBeCloseTo(
      own.filter((m) => m.sourced).reduce((s, m) => s + m.km, 0),
      6,
    );
    expect(() => lengthCoverage("no-such-corridor")).toThrow(RangeError);
  });
});

describe("every corridor", () => {
  type WithMetrics = { metrics?: readonly Metric[] };
  // CAREC's programme corridors are networks of sub-corridors, not routes: the programme publishes their
  // road and rail kilometres and border-crossing times, not a capacity or an end-to-end transit time.
  const isProgramme = (c: (typeof corridors)[number]) => (c as { programme?: unknown }).programme !== undefined;
  it.each(corridors.filter(isProgramme).map((c) => [c.id, c] as const))(
    "%s (a CAREC corridor) has a sourced length and a border-crossing time or lies on sourced legs",
    (_id, c) => {
      const metrics = c.metrics as readonly Metric[];
      const legs = corridorLegs.filter((l) => (c.legs as readonly string[]).includes(l.id));
      expect(metrics.some((m) => m.metric === "length") || legs.some((l) => l.lengthKm.length > 0)).toBe(true);
      expect(metrics.some((m) => m.metric === "border-crossing-time") || legs.length > 0).toBe(true);
    },
  );
  it.each(corridors.filter((c) => !isProgramme(c)).map((c) => [c.id, c] as const))(
    "%s has a sourced length, capacity and transit time (its own or on its legs and nodes)",
    (_id, c) => {
      const legs = corridorLegs.filter((l) => (c.legs as readonly string[]).includes(l.id));
      const nodes = corridorNodes.filter((n) => legs.some((l) => l.from === n.id || l.to === n.id));
      const metrics = [
        ...c.metrics,
        ...legs.flatMap((l) => (l as WithMetrics).metrics ?? []),
        ...nodes.flatMap((n) => (n as WithMetrics).metrics ?? []),
      ] as readonly Metric[];
      const has = (names: string[]) => metrics.some((m) => names.includes(m.metric));
      expect(legs.some((l) => l.lengthKm.length > 0) || has(["length"]), "length").toBe(true);
      expect(has(["design-capacity", "current-capacity"]), "capacity").toBe(true);
      expect(has(["transit-time"]), "transit time").toBe(true);
    },
  );
});

describe("corridor metrics", () => {
  // Independent unit table: what each metric can sensibly be measured in.
  const units: Record<string, string[]> = {
    "cargo-volume": ["Mt", "t"],
    "container-volume": ["TEU"],
    "transit-time": ["days", "hours"],
    length: ["km"],
    "design-capacity": ["Mt/yr", "TEU/yr", "TEU/day", "containers/yr", "train-pairs/day"],
    "current-capacity": ["Mt/yr", "TEU/yr", "TEU/day", "containers/yr", "train-pairs/day"],
    speed: ["km/day"],
    "border-crossing-time": ["hours"],
    "border-crossing-cost": ["USD"],
    "port-handling-time": ["hours", "days"],
    "ferry-waiting-time": ["hours", "days"],
    "gauge-change-time": ["hours"],
  };
  it("carry a unit that fits what they measure", () => {
    for (const { owner, m } of allMetrics)
      expect(units[m.metric]?.includes(m.unit), `${owner}: ${m.metric} in ${m.unit}`).toBe(true);
  });

  it("keep forecasts and targets apart, each with the year it was stated", () => {
    for (const { owner, m } of allMetrics) {
      expect(["outturn", "forecast", "target"].includes(m.kind), owner).toBe(true);
      expect(m.kind === "outturn" ? m.statedIn === undefined : m.statedIn !== undefined, `${owner} ${m.metric} ${m.year}`).toBe(
        true,
      );
    }
  });

  it("never count a target or forecast in an outturn series", () => {
    // The 2025 forecast (5.2 Mt, AZCON) and the 2030 World Bank projection (11 Mt) are in the data as forecasts.
    const mt = metricSeries("middle-corridor", "cargo-volume", "Mt");
    expect(mt.every((p) => p.claim.kind === "outturn")).toBe(true);
    expect(mt.some((p) => p.value === 5.2 || p.year === 2030)).toBe(false);
    const forecasts = metricSeries("middle-corridor", "cargo-volume", "Mt", "forecast");
    expect(forecasts.map((p) => p.year)).toContain(2030);
  });

  it("give the Middle Corridor at least six years of cargo volumes, 2025 included", () => {
    const years = new Set([
      ...metricSeries("middle-corridor", "cargo-volume", "Mt").map((p) => p.year),
      ...metricSeries("middle-corridor", "cargo-volume", "t").map((p) => p.year),
    ]);
    expect(years.size).toBeGreaterThanOrEqual(6);
    expect(years.has(2025)).toBe(true);
    // 2019-2021 are given in tonnes and 2022 on in Mt by the Ministry of Transport (Report.az, 2026)
    expect(metricSeries("middle-corridor", "cargo-volume", "t").find((p) => p.year === 2020)?.value).toBe(783000);
  });

  it("give the Middle Corridor a sourced length, capacity and transit time", () => {
    const mc = corridors.find((c) => c.id === "middle-corridor");
    const legs = corridorLegs.filter((l) => ((mc?.legs ?? []) as readonly string[]).includes(l.id));
    expect(legs.some((l) => l.lengthKm.length > 0)).toBe(true);
    expect(mc?.metrics.some((m) => m.metric === "current-capacity")).toBe(true);
    expect(mc?.metrics.some((m) => m.metric === "transit-time" && m.kind === "outturn")).toBe(true);
  });
});

describe("CAREC corridors", () => {
  it("are present, with their programme number and the package corridors they take in", () => {
    const carec = corridors.filter((c) => (c as { programme?: { name: string } }).programme?.name === "CAREC");
    expect(carec.length).toBeGreaterThan(0);
    const two = carec.find((c) => (c as { programme?: { number: string } }).programme?.number === "2");
    // CAREC Corridor 2 was extended to Georgia in 2017 (CAREC programme site)
    expect(two?.countries).toContain("GE");
    expect((two as { includesCorridors?: readonly string[] }).includesCorridors).toContain("middle-corridor");
  });

  it("are all six of the programme, once each, with the countries the programme names", () => {
    // CAREC programme site: six corridors; Corridor 4 runs Russia–Mongolia–China, Corridor 5 reaches Pakistan
    const carec = corridors.filter((c) => (c as { programme?: { name: string } }).programme?.name === "CAREC");
    const numbers = carec.map((c) => (c as { programme?: { number: string } }).programme?.number).sort();
    expect(numbers).toEqual(["1", "2", "3", "4", "5", "6"]);
    const byNumber = (n: string) => carec.find((c) => (c as { programme?: { number: string } }).programme?.number === n);
    expect(byNumber("4")?.countries).toEqual(expect.arrayContaining(["RU", "MN", "CN"]));
    expect(byNumber("5")?.countries).toContain("PK");
    expect(byNumber("6")?.countries).toEqual(expect.arrayContaining(["KZ", "UZ", "TM", "AF", "PK"]));
  });
});

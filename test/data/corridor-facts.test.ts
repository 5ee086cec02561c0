import { describe, expect, it } from "vitest";
import { corridorLegs, corridorNodes, corridors } from "../../src/datasets/corridors.js";
import { getCountry } from "../../src/datasets/countries.js";
import { sources } from "../../src/datasets/sources.js";
import { metricSeries } from "../../src/queries/corridor-metrics.js";
import { lengthCoverage } from "../../src/queries/length-coverage.js";

type Metric = {
  metric: string;
  kind: string;
  year: number;
  value: number;
  unit: string;
  basis?: string;
  statedIn?: number;
  source: string;
};
const metricsOf = (x: unknown): readonly Metric[] => (x as { metrics?: readonly Metric[] }).metrics ?? [];
const legById = new Map<string, (typeof corridorLegs)[number]>(corridorLegs.map((l) => [l.id, l]));
const sourceIds = new Set(sources.map((s) => s.id as string));
const owners: { id: string; status: string | undefined; metrics: readonly Metric[] }[] = [
  ...corridorNodes.map((n) => ({ id: n.id as string, status: undefined, metrics: metricsOf(n) })),
  ...corridorLegs.map((l) => ({ id: l.id as string, status: l.status as string, metrics: metricsOf(l) })),
  ...corridors.map((c) => ({ id: c.id as string, status: c.status as string, metrics: metricsOf(c) })),
];

describe("railway corridors as their sources describe them", () => {
  const railways = corridors.filter((c) => /railway/i.test(c.name));

  it("are made of rail legs only; roads and older lines that feed them are feeders", () => {
    expect(railways.length).toBeGreaterThan(0);
    for (const c of railways)
      for (const id of c.legs as readonly string[]) expect(legById.get(id)?.mode, `${c.id}: ${id}`).toBe("rail");
  });

  it("count no more kilometres than the longest length a source gives the railway (plus 10 %)", () => {
    for (const c of railways) {
      const claims = metricsOf(c).filter((m) => m.metric === "length" && m.unit === "km");
      if (claims.length === 0) continue;
      const longest = Math.max(...claims.map((m) => m.value));
      expect(lengthCoverage(c.id).totalKm, c.id).toBeLessThanOrEqual(longest * 1.1);
      expect(lengthCoverage(c.id).byMode.road, c.id).toBeUndefined();
    }
  });

  it("keep the China–Kyrgyzstan–Uzbekistan railway within the range its sources give", () => {
    const c = corridors.find((x) => x.id === "china-kyrgyzstan-uzbekistan-railway");
    const lengths = metricsOf(c)
      .filter((m) => m.metric === "length")
      .map((m) => m.value);
    const km = lengthCoverage("china-kyrgyzstan-uzbekistan-railway").totalKm;
    expect(km).toBeGreaterThanOrEqual(Math.min(...lengths));
    expect(km).toBeLessThanOrEqual(Math.max(...lengths));
  });
});

describe("capacities, forecasts and targets", () => {
  it("say their basis: design capacities are design, current capacities stated or outturn, nothing else has one", () => {
    for (const o of owners)
      for (const m of o.metrics) {
        if (m.metric === "design-capacity") expect(m.basis, o.id).toBe("design");
        else if (m.metric === "current-capacity") expect(["stated", "outturn"], o.id).toContain(m.basis);
        else expect(m.basis, `${o.id} ${m.metric}`).toBeUndefined();
      }
  });

  it("never store the design capacity of a line not yet in operation as an outturn", () => {
    for (const o of owners)
      if (o.status !== undefined && o.status !== "operating")
        for (const m of o.metrics) if (m.metric === "design-capacity") expect(m.kind, o.id).not.toBe("outturn");
  });

  it("keep the year a forecast or target was stated, never after the year it is for", () => {
    for (const o of owners)
      for (const m of o.metrics)
        if (m.kind !== "outturn") {
          expect(m.statedIn, `${o.id} ${m.metric}`).toBeDefined();
          expect(m.statedIn as number).toBeLessThanOrEqual(m.year);
        }
  });
});

describe("metric series read in one unit", () => {
  it("include in Mt every year the data stores in tonnes, converted", () => {
    for (const c of corridors) {
      const volumes = metricsOf(c).filter((m) => m.metric === "cargo-volume" && m.kind === "outturn");
      if (volumes.length === 0) continue;
      const years = [...new Set(volumes.map((m) => m.year))].sort((a, b) => a - b);
      const series = metricSeries(c.id, "cargo-volume", "Mt");
      expect(series.map((p) => p.year)).toEqual(years);
      for (const p of series) {
        expect(p.unit).toBe("Mt");
        expect(p.value).toBeCloseTo(p.claim.unit === "t" ? p.claim.value / 1e6 : p.claim.value, 9);
      }
      expect(metricSeries(c.id, "cargo-volume", "t").map((p) => p.year)).toEqual(years);
    }
  });

  it("refuses a unit the metric is not measured in", () => {
    expect(() => metricSeries("middle-corridor", "cargo-volume", "TEU")).toThrow(/unit/);
  });
});

describe("cited facts: costs and dated agreements", () => {
  const costs = corridors.flatMap((c) =>
    (
      (
        c as {
          costs?: readonly {
            amount: number;
            currency: string;
            statedIn: number;
            source: string;
            lender?: string;
            kind: string;
          }[];
        }
      ).costs ?? []
    ).map((x) => ({ corridor: c.id as string, ...x })),
  );
  const agreements = corridors.flatMap((c) =>
    (
      (
        c as {
          agreements?: readonly { title: string; event: string; date: string; parties: readonly string[]; source: string }[];
        }
      ).agreements ?? []
    ).map((x) => ({ corridor: c.id as string, ...x })),
  );

  it("give every cost an amount, an ISO currency, the year it was stated and a known source; loans name their lender", () => {
    expect(costs.length).toBeGreaterThan(0);
    for (const c of costs) {
      expect(c.amount).toBeGreaterThan(0);
      expect(c.currency).toMatch(/^[A-Z]{3}$/);
      expect(sourceIds.has(c.source), c.source).toBe(true);
      if (c.kind === "loan") expect(c.lender, c.corridor).toBeDefined();
      const published = sources.find((s) => s.id === c.source)?.published as string;
      expect(c.statedIn, c.source).toBeLessThanOrEqual(Number(published.slice(0, 4)));
    }
  });

  it("date every agreement no later than its source was published, with parties that are countries", () => {
    expect(agreements.length).toBeGreaterThan(0);
    for (const a of agreements) {
      const published = sources.find((s) => s.id === a.source)?.published as string;
      expect(a.date.slice(0, 4) <= published.slice(0, 4), `${a.title} ${a.date} / ${published}`).toBe(true);
      for (const p of a.parties) expect(getCountry(p), p).toBeDefined();
    }
  });

  it("keep disagreeing dates side by side", () => {
    const carecYears = new Set(
      agreements.filter((a) => a.corridor === "carec-corridor-1" && a.event === "founded").map((a) => a.date),
    );
    expect(carecYears.size).toBeGreaterThan(1);
    const instc = new Set(agreements.filter((a) => a.corridor === "instc" && a.event === "signed").map((a) => a.date));
    expect(instc.size).toBeGreaterThan(1);
  });

  it("cover the projects people cite", () => {
    const projects = costs.map((c) => c.corridor);
    for (const id of ["china-kyrgyzstan-uzbekistan-railway", "trans-afghan-railway", "lapis-lazuli-corridor"])
      expect(projects).toContain(id);
  });
});

describe("the buyer's side of the sea", () => {
  it("reaches ports in the EU by ferry or sea from Georgia", () => {
    const eu = new Set(["RO", "BG"]);
    const euPorts = corridorNodes.filter((n) => eu.has(n.country) && n.kind === "seaport").map((n) => n.id as string);
    expect(euPorts.length).toBeGreaterThanOrEqual(2);
    const linked = corridorLegs.filter(
      (l) => (l.mode === "ferry" || l.mode === "sea") && (euPorts.includes(l.from) || euPorts.includes(l.to)),
    );
    for (const port of euPorts)
      expect(
        linked.some((l) => l.from === port || l.to === port),
        port,
      ).toBe(true);
  });

  it("joins water legs at seaports only", () => {
    const kind = new Map<string, string>(corridorNodes.map((n) => [n.id, n.kind]));
    for (const l of corridorLegs)
      if (l.mode === "ferry" || l.mode === "sea") for (const end of [l.from, l.to]) expect(kind.get(end), l.id).toBe("seaport");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corridorLegs, corridorNodes, corridors } from "../../src/datasets/corridors.js";
import { findRoutes, TIME_DEFAULTS } from "../../src/queries/routes.js";

const nodeIds = corridorNodes.map((n) => n.id as string);
const countryOf = new Map<string, string>(corridorNodes.map((n) => [n.id, n.country]));
const ALL = ["operating", "under-construction", "planned"] as const;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("door-to-door time", () => {
  it("is moving plus dwell, part by part, and a lower bound exactly when a part is unknown", () => {
    fc.assert(
      fc.property(fc.constantFrom(...nodeIds), fc.constantFrom(...nodeIds), (from, to) => {
        for (const r of findRoutes(from, to, { maxRoutes: 2, status: ALL })) {
          const t = r.time;
          expect(t.totalDays).toBeCloseTo(t.movingDays + t.dwellDays, 9);
          expect(t.movingDays).toBeCloseTo(sum(t.parts.filter((p) => p.part === "moving").map((p) => p.days)), 9);
          expect(t.dwellDays).toBeCloseTo(sum(t.parts.filter((p) => p.part !== "moving").map((p) => p.days)), 9);
          expect(t.sourcedDays + t.defaultDays).toBeLessThanOrEqual(t.totalDays + 1e-9);
          expect(t.complete).toBe(t.parts.every((p) => p.basis !== "unknown"));
          for (const p of t.parts) if (p.basis === "unknown" || p.basis === "included") expect(p.days).toBe(0);
          // every leg has exactly one moving part, in route order
          expect(t.parts.filter((p) => p.part === "moving").map((p) => p.at)).toEqual(r.legs.map((l) => l.leg.id));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("counts a border crossing on every land leg between two countries, and only there", () => {
    const [route] = findRoutes("tashkent", "poti-port", { avoidCountries: ["RU", "IR"] });
    if (route === undefined) throw new Error("no route");
    const landBorders = route.legs.filter((l) => ["rail", "road"].includes(l.leg.mode) && l.from.country !== l.to.country);
    expect(route.time.parts.filter((p) => p.part === "border-crossing").map((p) => p.at)).toEqual(
      landBorders.map((l) => l.leg.id),
    );
    for (const p of route.time.parts.filter((x) => x.part === "border-crossing")) expect(p.sources.length).toBeGreaterThan(0);
  });

  it("times the gauge change where the track gauge changes", () => {
    const [route] = findRoutes("alashankou", "aktogay");
    const part = route?.time.parts.find((p) => p.part === "gauge-change");
    expect(part?.at).toBe("alashankou-dostyk-rail");
    expect(part?.basis).not.toBe("unknown");
  });

  it("shows the sourced door-to-door times of the corridor the route follows", () => {
    const [route] = findRoutes("aktogay", "poti-port", { avoidCountries: ["RU", "IR"] });
    const mc = corridors.find((c) => c.id === "middle-corridor");
    const outturns = (mc?.metrics ?? []).filter((m) => m.metric === "transit-time" && m.kind === "outturn");
    const shown = route?.corridorTimes.find((c) => c.corridor === "middle-corridor");
    expect(shown?.claims.length).toBe(outturns.length);
    expect(shown?.share).toBeGreaterThanOrEqual(0.5);
    expect(new Set(shown?.claims.map((c) => c.source))).toEqual(new Set(outturns.map((m) => m.source)));
  });
});

describe("every ferry and sea leg is timed", () => {
  const water = corridorLegs.filter((l) => l.mode === "ferry" || l.mode === "sea");
  it.each(water.map((l) => [l.id, l] as const))("%s has a sourced sailing time or a flagged default", (_, leg) => {
    const direct = findRoutes(leg.from, leg.to, { status: ALL, maxRoutes: 20 }).find(
      (r) => r.legs.length === 1 && r.legs[0]?.leg.id === leg.id,
    );
    if (direct === undefined) throw new Error(`no direct route over ${leg.id}`);
    const moving = direct.time.parts.find((p) => p.part === "moving");
    expect(["sourced", "default"]).toContain(moving?.basis);
    expect(moving?.days).toBeGreaterThan(0);
    expect(moving?.sources.length).toBeGreaterThan(0);
    const sourced = ((leg as { metrics?: readonly { metric: string; kind: string }[] }).metrics ?? []).some(
      (m) => m.metric === "transit-time" && m.kind === "outturn",
    );
    expect(moving?.basis).toBe(sourced ? "sourced" : "default");
  });

  it("uses defaults that are the dataset's own sourced values", () => {
    const mc = corridors.find((c) => c.id === "middle-corridor");
    const speed = mc?.metrics.find((m) => m.metric === "speed");
    expect(TIME_DEFAULTS.speedKmPerDay.rail.value).toBe(speed?.value);
    expect(TIME_DEFAULTS.speedKmPerDay.rail.sources).toContain(speed?.source);
    const aktau = corridorLegs.find((l) => l.id === "aktau-port-alat-port-ferry");
    const hours = (
      (aktau as { metrics?: readonly { value: number; year: number; unit: string; source: string }[] }).metrics ?? []
    ).find((m) => m.year === 2017 && m.unit === "hours");
    const km = ((aktau?.lengthKm ?? []) as readonly { value: number }[])[0]?.value ?? 0;
    expect(TIME_DEFAULTS.speedKmPerDay.ferry.value).toBeCloseTo((km / (hours?.value ?? 1)) * 24, 9);
    expect(TIME_DEFAULTS.speedKmPerDay.ferry.sources).toContain(hours?.source);
  });
});

describe("ranking by time", () => {
  it("never puts a route behind a slower one: ranked by the lower bound, and as good as any route found by distance", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nodeIds),
        fc.constantFrom(...nodeIds),
        fc.subarray(["RU", "IR", "CN", "TM", "UZ"], { maxLength: 2 }),
        (from, to, avoid) => {
          const byTime = findRoutes(from, to, { rankBy: "time", maxRoutes: 4, avoidCountries: avoid });
          for (let i = 1; i < byTime.length; i++)
            expect(byTime[i]?.time.totalDays ?? 0).toBeGreaterThanOrEqual((byTime[i - 1]?.time.totalDays ?? 0) - 1e-9);
          const many = findRoutes(from, to, { rankBy: "distance", maxRoutes: 25, avoidCountries: avoid });
          if (byTime[0] !== undefined)
            for (const r of many) expect(r.time.totalDays).toBeGreaterThanOrEqual(byTime[0].time.totalDays - 1e-9);
          expect(byTime.length === 0).toBe(many.length === 0);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("sends Turkmen cargo across the Caspian from Turkmenbashi, not north through Aktau (issue 23)", () => {
    const [route] = findRoutes("turkmenbashi-port", "poti-port", { avoidCountries: ["RU", "IR"], rankBy: "time" });
    expect(route?.legs[0]?.leg.id).toBe("turkmenbashi-port-alat-port-ferry");
    expect(route?.nodes.some((n) => n.id === "aktau-port")).toBe(false);
  });
});

describe("via, exit nodes and several destinations", () => {
  it("passes every via place", () => {
    const routes = findRoutes("aktogay", "poti-port", { avoidCountries: ["RU", "IR"], via: ["TM"], maxRoutes: 3 });
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) expect(r.nodes.some((n) => n.country === "TM")).toBe(true);
    for (const r of findRoutes("aktogay", "poti-port", { via: ["Port of Kuryk"], maxRoutes: 3 }))
      expect(r.nodes.map((n) => n.id)).toContain("kuryk-port");
  });

  it("leaves the starting country through an exit node", () => {
    const routes = findRoutes("aktogay", "poti-port", { avoidCountries: ["RU", "IR"], exitNodes: ["kuryk-port"], maxRoutes: 3 });
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      const home = r.nodes.filter((_, i) => r.nodes.slice(0, i + 1).every((m) => m.country === countryOf.get("aktogay")));
      expect(home.at(-1)?.id).toBe("kuryk-port");
    }
  });

  it("answers for each destination when asked", () => {
    const routes = findRoutes("aktogay", ["constanta-port", "burgas-port"], {
      avoidCountries: ["RU", "IR"],
      eachDestination: true,
      maxRoutes: 1,
    });
    expect(routes.map((r) => r.nodes.at(-1)?.id).sort()).toEqual(["burgas-port", "constanta-port"]);
  });

  it("refuses unknown via places and exit nodes, naming the option", () => {
    expect(() => findRoutes("KZ", "GE", { via: ["atlantis"] })).toThrow(/options\.via\[0\]/);
    expect(() => findRoutes("KZ", "GE", { exitNodes: ["atlantis"] })).toThrow(/options\.exitNodes\[0\]/);
    expect(() => findRoutes("KZ", "GE", { rankBy: "speed" as never })).toThrow(RangeError);
  });
});

describe("one graph module", () => {
  it("is read by routes, length coverage and the exports, and never imports routes", async () => {
    const { readFileSync } = await import("node:fs");
    const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");
    expect(read("src/queries/graph.ts")).not.toMatch(/from "\.\/routes\.js"/);
    for (const p of [
      "src/queries/routes.ts",
      "src/queries/length-coverage.ts",
      "src/formats/export.ts",
      "scripts/docs-figures.ts",
    ])
      expect(read(p), p).toMatch(/queries\/graph\.js"|"\.\/graph\.js"/);
  });
});

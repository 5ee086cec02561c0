import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corridorLegs, corridorNodes } from "../../src/datasets/corridors.js";
import { corridorAvoids, corridorsThrough, findRoutes, greatCircleKm } from "../../src/queries/routes.js";
import type { TransportMode } from "../../src/schemas/corridor.js";

const nodeIds = corridorNodes.map((n) => n.id as string);
const countries = [...new Set(corridorNodes.map((n) => n.country as string))];
const modes: TransportMode[] = ["rail", "road", "ferry", "sea"];
const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n]));
const legById = new Map<string, (typeof corridorLegs)[number]>(corridorLegs.map((l) => [l.id, l]));

/** The naive baseline: every simple path by depth-first search, for comparison. */
function allPathLengths(from: string, to: string, avoid: Set<string>, avoidModes: Set<string>): number[] {
  const lengths: number[] = [];
  const walk = (at: string, seen: Set<string>, km: number) => {
    if (at === to) {
      lengths.push(km);
      return;
    }
    for (const leg of corridorLegs) {
      if (leg.status !== "operating" || avoidModes.has(leg.mode)) continue;
      const next = leg.from === at ? leg.to : leg.to === at ? leg.from : undefined;
      if (next === undefined || seen.has(next) || avoid.has(nodeById.get(next)?.country ?? "")) continue;
      const claims = leg.lengthKm as readonly { value: number; preferred?: boolean }[];
      const a = nodeById.get(leg.from);
      const b = nodeById.get(leg.to);
      const len =
        (claims.find((c) => c.preferred) ?? claims[0])?.value ?? (a && b ? greatCircleKm(a.coordinates, b.coordinates) : 0);
      walk(next, new Set([...seen, next]), km + len);
    }
  };
  if (!avoid.has(nodeById.get(from)?.country ?? "")) walk(from, new Set([from]), 0);
  return lengths.sort((x, y) => x - y);
}

describe("findRoutes (property-based)", () => {
  const avoidance = fc.record({
    avoidCountries: fc.subarray(countries, { maxLength: 3 }),
    avoidModes: fc.subarray(modes, { maxLength: 2 }),
  });

  it("returns real, simple paths that touch no avoided country or mode, shortest first", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nodeIds),
        fc.constantFrom(...nodeIds),
        avoidance,
        fc.integer({ min: 1, max: 4 }),
        (from, to, avoid, maxRoutes) => {
          const routes = findRoutes(from, to, { ...avoid, maxRoutes });
          expect(routes.length).toBeLessThanOrEqual(maxRoutes);
          for (let i = 1; i < routes.length; i++)
            expect(routes[i]?.distanceKm ?? 0).toBeGreaterThanOrEqual((routes[i - 1]?.distanceKm ?? 0) - 1e-9);
          for (const r of routes) {
            expect(r.nodes[0]?.id).toBe(from);
            expect(r.nodes.at(-1)?.id).toBe(to);
            expect(new Set(r.nodes.map((n) => n.id)).size).toBe(r.nodes.length);
            r.legs.forEach((l, i) => {
              const leg = legById.get(l.leg.id);
              expect(leg).toBeDefined();
              expect([leg?.from, leg?.to].sort()).toEqual([r.nodes[i]?.id, r.nodes[i + 1]?.id].sort());
              expect(avoid.avoidModes).not.toContain(l.leg.mode);
              expect(l.leg.status).toBe("operating");
            });
            for (const n of r.nodes) expect(avoid.avoidCountries).not.toContain(n.country);
            expect(r.distanceKm).toBeCloseTo(
              r.legs.reduce((s, l) => s + l.lengthKm, 0),
              9,
            );
            expect(r.borderCrossings).toBe(r.countries.length - 1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds the same shortest distance, and the same number of routes, as a search of every path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...nodeIds), fc.constantFrom(...nodeIds), avoidance, (from, to, avoid) => {
        fc.pre(from !== to);
        const naive = allPathLengths(from, to, new Set(avoid.avoidCountries), new Set(avoid.avoidModes));
        const routes = findRoutes(from, to, { ...avoid, maxRoutes: 50 });
        expect(routes.length).toBe(naive.length);
        routes.forEach((r, i) => expect(r.distanceKm).toBeCloseTo(naive[i] ?? Number.NaN, 6));
      }),
      { numRuns: 300 },
    );
  });
});

describe("corridor queries", () => {
  it("route from Kazakhstan to Türkiye by rail and ferry, avoiding Russia and Iran, through the Caspian", () => {
    const [route] = findRoutes("KZ", "TR", { avoidCountries: ["RU", "IR"], avoidModes: ["road", "sea"] });
    expect(route).toBeDefined();
    expect(route?.countries).not.toContain("RU");
    expect(route?.seaCrossings).toBeGreaterThanOrEqual(1);
  });
  it("name an unknown place", () => {
    expect(() => findRoutes("atlantis", "TR")).toThrow(
      /from: no corridor node, or country with corridor nodes, matches "atlantis"/,
    );
    expect(() => findRoutes("poti-prot", "TR")).toThrow(/did you mean "poti-port"\?/);
  });
  it("list corridors through a country consistently with corridorAvoids", () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), (country) => {
        for (const c of corridorsThrough(country)) expect(corridorAvoids(c.id, [country])).toBe(false);
      }),
    );
  });
});

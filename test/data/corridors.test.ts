import { describe, expect, it } from "vitest";
import { corridorLegs, corridorNodes, corridors } from "../../src/corridors.js";
import { getCountry } from "../../src/countries.js";
import { inBoundingBox, nearOutline } from "./geo.js";

const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n] as const));

describe("corridor nodes", () => {
  it.each(corridorNodes.map((n) => [n.id, n] as const))("%s lies within its country's bounding box", (_id, node) => {
    const numeric = getCountry(node.country)?.numeric;
    expect(numeric).toBeDefined();
    expect(inBoundingBox(numeric ?? "", node.coordinates.lat, node.coordinates.lon, 0.25)).toBe(true);
  });

  // Ports, border stations and coastal cities sit on the outline's edge, which is drawn at a coarse scale:
  // a node passes when it, or a point 0.05 degrees (about 5 km) from it, lies inside its country's outline.
  it.each(corridorNodes.map((n) => [n.id, n] as const))("%s lies inside its country's outline", (_id, node) => {
    const numeric = getCountry(node.country)?.numeric ?? "";
    expect(nearOutline(numeric, node.coordinates.lat, node.coordinates.lon)).toBe(true);
  });
});

describe("corridor graph", () => {
  it("joins existing, distinct nodes with every leg", () => {
    for (const leg of corridorLegs) {
      expect(nodeById.has(leg.from), leg.id).toBe(true);
      expect(nodeById.has(leg.to), leg.id).toBe(true);
    }
  });

  it("connects China to Türkiye over operating legs through the Caspian, without a node in Russia", () => {
    const usable: readonly { from: string; to: string; mode: string }[] = corridorLegs.filter(
      (l) => l.status === "operating" && ![l.from, l.to].some((id) => (nodeById.get(id)?.country as string | undefined) === "RU"),
    );
    const start: string[] = corridorNodes.filter((n) => n.country === "CN").map((n) => n.id);
    // breadth-first search that remembers whether a ferry (Caspian) leg was used on the way
    const seen = new Set(start.map((id) => `${id}|false`));
    const queue = start.map((id) => ({ id, ferry: false }));
    let reached: { id: string; ferry: boolean } | undefined;
    while (queue.length > 0 && reached === undefined) {
      const here = queue.shift();
      if (here === undefined) break;
      if (nodeById.get(here.id)?.country === "TR" && here.ferry) reached = here;
      for (const l of usable) {
        const next = l.from === here.id ? l.to : l.to === here.id ? l.from : undefined;
        if (next === undefined) continue;
        const ferry = here.ferry || l.mode === "ferry";
        const key = `${next}|${ferry}`;
        if (!seen.has(key)) {
          seen.add(key);
          queue.push({ id: next, ferry });
        }
      }
    }
    expect(reached).toBeDefined();
  });
});

describe("corridors", () => {
  it("are made of legs whose nodes lie in the countries the corridor crosses", () => {
    const legById = new Map<string, (typeof corridorLegs)[number]>(corridorLegs.map((l) => [l.id, l]));
    for (const c of corridors) {
      const crossed = new Set<string>(c.countries);
      for (const id of c.legs) {
        const leg = legById.get(id);
        expect(leg, `${c.id}: ${id}`).toBeDefined();
        for (const end of [leg?.from, leg?.to]) {
          const country = end === undefined ? undefined : nodeById.get(end)?.country;
          expect(country !== undefined && crossed.has(country), `${c.id}: ${end} in ${country}`).toBe(true);
        }
      }
    }
  });
  it("never cross a country they are said to bypass", () => {
    const legById = new Map<string, (typeof corridorLegs)[number]>(corridorLegs.map((l) => [l.id, l]));
    for (const c of corridors) {
      for (const id of c.legs) {
        const leg = legById.get(id);
        for (const end of [leg?.from, leg?.to]) {
          const country = end === undefined ? undefined : nodeById.get(end)?.country;
          expect(c.bypasses.includes(country as never), `${c.id}: ${end}`).toBe(false);
        }
      }
    }
  });
});

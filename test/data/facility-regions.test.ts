import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { facilities } from "../../src/facilities.js";
import { sources } from "../../src/sources.js";

// Issue 22: a facility's point must lie in the region its `regionCode` names. The outlines are Natural Earth's
// 1:10m admin-1 layer for the five countries, read from the copy in elastic/ems-file-service (see
// test/fixtures/regions/README.md), so the check is independent of the package's own data.

type Ring = [number, number][];
interface Region {
  properties: { iso_3166_2: string; name: string; iso_a2: string };
  geometry: { type: "MultiPolygon"; coordinates: Ring[][] };
}
const fixture = resolve(import.meta.dirname, "../fixtures/regions/c5-admin1.json");
const regions = (JSON.parse(readFileSync(fixture, "utf8")) as { features: Region[] }).features;

// Natural Earth still carries Kazakhstan's letter codes; ISO 3166-2 replaced them with numbers (newsletter of
// November 2022). The pairs are matched by region name between the two editions of Wikipedia's
// "ISO 3166-2:KZ" table (letters: it.wikipedia.org before the change; numbers: the current page). South
// Kazakhstan (KZ-YUZ) is the region renamed Turkistan (KZ-61) in 2018, when Shymkent (KZ-SHY, KZ-79) was
// taken out of it; Natural Earth already draws Shymkent apart.
const KZ_LETTERS_TO_NUMBERS: Readonly<Record<string, string>> = {
  "KZ-ALA": "KZ-75", // Almaty city
  "KZ-ALM": "KZ-19", // Almaty region
  "KZ-AKM": "KZ-11", // Aqmola
  "KZ-AKT": "KZ-15", // Aqtöbe
  "KZ-AST": "KZ-71", // Astana
  "KZ-ATY": "KZ-23", // Atyrau
  "KZ-KAR": "KZ-35", // Karaganda
  "KZ-KUS": "KZ-39", // Kostanay
  "KZ-KZY": "KZ-43", // Kyzylorda
  "KZ-MAN": "KZ-47", // Mangystau
  "KZ-PAV": "KZ-55", // Pavlodar
  "KZ-SEV": "KZ-59", // North Kazakhstan
  "KZ-SHY": "KZ-79", // Shymkent
  "KZ-VOS": "KZ-63", // East Kazakhstan
  "KZ-YUZ": "KZ-61", // South Kazakhstan, now Turkistan
  "KZ-ZAP": "KZ-27", // West Kazakhstan
  "KZ-ZHA": "KZ-31", // Zhambyl
};

// The outlines predate the 2022 reform. By the presidential decree of 4 May 2022 (source
// inform-2022-05-04-new-regions), Abai was formed from East Kazakhstan, Jetisu from Almaty region and Ulytau
// from Karaganda region, so a point in one of the new regions lies in its parent's old outline.
const REFORM_2022 = "inform-2022-05-04-new-regions";
const NEW_REGION_PARENT: Readonly<Record<string, string>> = {
  "KZ-10": "KZ-63", // Abai, from East Kazakhstan
  "KZ-33": "KZ-19", // Jetisu, from Almaty region
  "KZ-62": "KZ-35", // Ulytau, from Karaganda region
};

// A town or district point stands for a place, not the facility, and the outlines are drawn at 1:10m.
const TOLERANCE_KM = { site: 5, town: 15, district: 15 } as const;

// Facilities whose point is known not to fit their region, with the reason. Empty: every located facility
// with a region passes today. A new entry needs a reason a reader can check.
const EXCEPTIONS: Readonly<Record<string, string>> = {};

function isoCode(r: Region): string {
  const c = r.properties.iso_3166_2;
  return KZ_LETTERS_TO_NUMBERS[c] ?? c;
}
const byCode = new Map(regions.map((r) => [isoCode(r), r] as const));

/** Even-odd ray casting on one ring of [lon, lat] pairs. */
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(r: Region, lon: number, lat: number): boolean {
  return r.geometry.coordinates.some(
    ([outer, ...holes]) => outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)),
  );
}

/** Shortest distance in km from the point to the region's edges (local equirectangular projection). */
function distanceToEdgeKm(r: Region, lon: number, lat: number): number {
  const kmPerDeg = 111.32;
  const kx = kmPerDeg * Math.cos((lat * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const polygon of r.geometry.coordinates)
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1] ?? [0, 0];
        const [x2, y2] = ring[i] ?? [0, 0];
        const ax = (x1 - lon) * kx;
        const ay = (y1 - lat) * kmPerDeg;
        const dx = (x2 - x1) * kx;
        const dy = (y2 - y1) * kmPerDeg;
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

const placed = facilities.flatMap((f) =>
  f.location !== undefined && f.regionCode !== undefined ? [{ id: f.id, code: f.regionCode, location: f.location }] : [],
);

/** Why the facility's point does not fit its region, or undefined when it does. */
function misfit(f: (typeof placed)[number]): string | undefined {
  const code = NEW_REGION_PARENT[f.code] ?? f.code;
  const region = byCode.get(code);
  if (region === undefined) return `no outline for ${code}`;
  const { lat, lon, precision } = f.location;
  if (contains(region, lon, lat)) return undefined;
  const km = distanceToEdgeKm(region, lon, lat);
  if (km <= TOLERANCE_KM[precision]) return undefined;
  const fallsIn = regions.filter((r) => contains(r, lon, lat)).map(isoCode);
  return `${lat}, ${lon} (${precision}) claims ${f.code} but falls in ${fallsIn.join(", ") || "none"}, ${km.toFixed(1)} km out`;
}

describe("the admin-1 fixture", () => {
  it("covers the five countries and the codes the reform and the letter map rely on", () => {
    expect(new Set(regions.map((r) => r.properties.iso_a2))).toEqual(new Set(["KG", "KZ", "TJ", "TM", "UZ"]));
    for (const parent of Object.values(NEW_REGION_PARENT)) expect(byCode.has(parent), parent).toBe(true);
    for (const numeric of Object.values(KZ_LETTERS_TO_NUMBERS)) expect(byCode.has(numeric), numeric).toBe(true);
    expect(sources.some((s) => s.id === REFORM_2022)).toBe(true);
  });

  it("is read by a point-in-polygon test that honours holes and measures edges", () => {
    const square: Ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const hole: Ring = [
      [0.4, 0.4],
      [0.6, 0.4],
      [0.6, 0.6],
      [0.4, 0.6],
      [0.4, 0.4],
    ];
    const r: Region = {
      properties: { iso_3166_2: "XX-1", name: "test", iso_a2: "XX" },
      geometry: { type: "MultiPolygon", coordinates: [[square, hole]] },
    };
    expect(contains(r, 0.2, 0.2)).toBe(true);
    expect(contains(r, 0.5, 0.5)).toBe(false);
    expect(contains(r, 1.5, 0.5)).toBe(false);
    // 0.1 degree of latitude is 11.1 km.
    expect(distanceToEdgeKm(r, 0.5, 1.1)).toBeCloseTo(11.13, 1);
  });

  it("has regions that do not overlap: each checked point lies in at most one", () => {
    for (const f of placed) {
      const hits = regions.filter((r) => contains(r, f.location.lon, f.location.lat)).map(isoCode);
      expect(hits.length, `${f.id}: ${hits.join(", ")}`).toBeLessThanOrEqual(1);
    }
  });
});

describe("facility regions (issue 22)", () => {
  it("name only codes the boundary data knows, or one of the three 2022 regions", () => {
    const unknown = facilities.filter(
      (f) => f.regionCode !== undefined && !byCode.has(f.regionCode) && NEW_REGION_PARENT[f.regionCode] === undefined,
    );
    expect(unknown.map((f) => `${f.id}: ${f.regionCode}`)).toEqual([]);
  });

  it("has located facilities with a region to check", () => {
    expect(placed.length).toBeGreaterThan(50);
  });

  it.each(placed.filter((f) => EXCEPTIONS[f.id] === undefined).map((f) => [f.id, f] as const))(
    "%s lies in its region",
    (_id, f) => {
      expect(misfit(f)).toBeUndefined();
    },
  );

  it("list exceptions only for facilities that exist and still fail", () => {
    for (const id of Object.keys(EXCEPTIONS)) {
      const f = placed.find((p) => p.id === id);
      expect(f, id).toBeDefined();
      if (f !== undefined) expect(misfit(f), id).toBeDefined();
    }
  });
});

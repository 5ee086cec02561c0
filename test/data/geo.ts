// Country outlines from Natural Earth (world-atlas, 1:50m), keyed by ISO 3166-1 numeric code, for
// checks that are independent of the package's own data.
import { createRequire } from "node:module";
import { geoBounds, geoContains } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);
const topology = require("world-atlas/countries-50m.json") as Topology<{ countries: GeometryCollection }>;
const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
const byNumeric = new Map<string, Feature<Geometry, { name: string }>>();
for (const f of collection.features) if (typeof f.id === "string") byNumeric.set(f.id, f);

/** The outline of a country by ISO numeric code, if Natural Earth has one. */
export function outline(numeric: string): Feature<Geometry, { name: string }> | undefined {
  return byNumeric.get(numeric);
}

/** Whether a point lies in the country's bounding box, widened by `marginDeg` degrees. */
export function inBoundingBox(numeric: string, lat: number, lon: number, marginDeg = 0.1): boolean | undefined {
  const f = byNumeric.get(numeric);
  if (f === undefined) return undefined;
  const [[west, south], [east, north]] = geoBounds(f);
  const inLat = lat >= south - marginDeg && lat <= north + marginDeg;
  const inLon =
    west <= east ? lon >= west - marginDeg && lon <= east + marginDeg : lon >= west - marginDeg || lon <= east + marginDeg;
  return inLat && inLon;
}

/** Whether a point lies inside the country's outline. */
export function insideOutline(numeric: string, lat: number, lon: number): boolean | undefined {
  const f = byNumeric.get(numeric);
  return f === undefined ? undefined : geoContains(f, [lon, lat]);
}

/**
 * Whether a point, or a point `d` degrees north, south, east or west of it, lies inside the country's
 * outline: ports, border stations and towns on a border sit on the outline's edge, which is drawn at a
 * coarse scale.
 */
export function nearOutline(numeric: string, lat: number, lon: number, d = 0.05): boolean {
  const offsets = [
    [0, 0],
    [d, 0],
    [-d, 0],
    [0, d],
    [0, -d],
  ] as const;
  return offsets.some(([a, b]) => insideOutline(numeric, lat + a, lon + b) === true);
}

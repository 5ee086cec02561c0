// What the documentation's pictures share: the C5 and their colours, SVG text escaping and rounding, and
// a map base (a conic projection fitted to a lon/lat box, and the country outlines drawn with the C5
// highlighted). Used by scripts/docs-figures.ts and scripts/facilities-map.ts.
import { createRequire } from "node:module";
import { type GeoProjection, geoConicConformal, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { getCountry } from "../src/datasets/countries.js";

const require = createRequire(import.meta.url);
export const C5 = ["KZ", "KG", "TJ", "TM", "UZ"] as const;
export const C5_COLORS: Record<string, string> = { KZ: "#1b6ca8", KG: "#d1495b", TJ: "#edae49", TM: "#00798c", UZ: "#66a182" };
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Where a map looks and how it is framed. */
export interface MapFrame {
  width: number;
  height: number;
  /** The lon/lat box to fit: [west, south, east, north]. */
  box: readonly [number, number, number, number];
  parallels: readonly [number, number];
  /** The central meridian (degrees east). */
  centre: number;
  /** Space left below the map for a legend, in pixels. */
  bottom: number;
}

/** A projection fitted to the frame, and the country outlines as SVG paths (the C5 with class "c5"). */
export function mapBase(frame: MapFrame): { projection: GeoProjection; outlines: string } {
  const { width, height, box, parallels, centre, bottom } = frame;
  const [west, south, east, north] = box;
  const topology = require("world-atlas/countries-50m.json") as Topology<{ countries: GeometryCollection }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const extent: Feature<Geometry> = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPoint",
      coordinates: [
        [west, south],
        [east, south],
        [west, north],
        [east, north],
      ],
    },
  };
  const projection = geoConicConformal()
    .parallels([parallels[0], parallels[1]])
    .rotate([-centre, 0])
    .fitExtent(
      [
        [10, 40],
        [width - 10, height - bottom],
      ],
      extent,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection);
  const c5Numeric = new Set<string>(C5.map((c) => getCountry(c).numeric));
  const outlines = world.features
    .map((f) => {
      const d = path(f);
      if (d === null || d === "") return "";
      const isC5 = typeof f.id === "string" && c5Numeric.has(f.id);
      return `<path class="country${isC5 ? " c5" : ""}" d="${d}"><title>${esc(f.properties.name)}</title></path>`;
    })
    .join("\n    ");
  return { projection, outlines };
}

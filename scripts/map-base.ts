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

/** A point to label on a map: where it is drawn, its label, and the radius of its symbol. */
export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  /** Radius of the point's symbol, which no label may cover. */
  r: number;
  /** Font size in pixels. */
  size: number;
  /**
   * How far (pixels) the label may move away from its point when the eight positions beside it are all
   * taken; the label is then drawn there, centred, with a leader line back to the point. Unset: no move.
   */
  reach?: number;
}

/** A label placed by {@link placeLabels}: its anchor and text-anchor, or `null` when every position collided. */
export type PlacedLabel = {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  /** Set when the label was moved away from its point ({@link LabelRequest.reach}): the label's centre. */
  leader?: { x: number; y: number };
} | null;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels beside their points so that no two labels overlap and no label covers a point: each label
 * tries eight positions around its point (right, left, above, below, then the diagonals) and takes the
 * first free one, in the order given (put the labels that matter most first); a label with no free
 * position moves farther out if its request allows ({@link LabelRequest.reach}), else is left out (its point
 * keeps its tooltip). Text width is estimated from the character count
 * (0.66 em per character, above the average width of sans-serif letters; the browser test measures the drawn labels).
 */
export function placeLabels(requests: readonly LabelRequest[], frame: { width: number; height: number }): PlacedLabel[] {
  const taken: Box[] = requests.map((q) => ({ x0: q.x - q.r, y0: q.y - q.r, x1: q.x + q.r, y1: q.y + q.r }));
  return requests.map((q) => {
    // Box of the rendered text around its baseline: ascent about 0.95 em, descent about 0.25 em.
    const w = q.text.length * q.size * 0.66;
    const s = q.size;
    const gap = q.r + 2;
    const side = (x0: number, x1: number, x: number, anchor: "start" | "end") => ({
      x,
      y: q.y + 0.35 * s,
      anchor,
      box: { x0, y0: q.y - 0.65 * s, x1, y1: q.y + 0.65 * s },
    });
    const above = (x0: number, x: number, anchor: "start" | "end" | "middle") => ({
      x,
      y: q.y - gap - 0.3 * s,
      anchor,
      box: { x0, y0: q.y - gap - 1.3 * s, x1: x0 + w, y1: q.y - gap },
    });
    const below = (x0: number, x: number, anchor: "start" | "end" | "middle") => ({
      x,
      y: q.y + gap + 0.95 * s,
      anchor,
      box: { x0, y0: q.y + gap, x1: x0 + w, y1: q.y + gap + 1.3 * s },
    });
    const options: { x: number; y: number; anchor: "start" | "end" | "middle"; box: Box }[] = [
      side(q.x + gap, q.x + gap + w, q.x + gap, "start"),
      side(q.x - gap - w, q.x - gap, q.x - gap, "end"),
      above(q.x - w / 2, q.x, "middle"),
      below(q.x - w / 2, q.x, "middle"),
      above(q.x + gap, q.x + gap, "start"),
      above(q.x - gap - w, q.x - gap, "end"),
      below(q.x + gap, q.x + gap, "start"),
      below(q.x - gap - w, q.x - gap, "end"),
    ];
    const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 30 && b.x1 <= frame.width - 2 && b.y1 <= frame.height - 2;
    // air around each box: the rendered glyphs run a little wider and taller than the estimate
    const isFree = (b: Box) =>
      inside(b) && !taken.some((t) => overlaps(t, { x0: b.x0 - 2, y0: b.y0 - 1, x1: b.x1 + 2, y1: b.y1 + 1 }));
    const free = options.find((o) => isFree(o.box));
    if (free !== undefined) {
      taken.push(free.box);
      return { x: r1(free.x), y: r1(free.y), anchor: free.anchor };
    }
    // farther out, ring by ring, in eight directions, with a leader line back to the point
    for (let d = gap + 8; d <= (q.reach ?? 0); d += 6) {
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, -1],
        [0, 1],
        [1, -1],
        [-1, -1],
        [1, 1],
        [-1, 1],
      ] as const) {
        const cx = q.x + (dx * d) / (dx !== 0 && dy !== 0 ? Math.SQRT2 : 1);
        const cy = q.y + (dy * d) / (dx !== 0 && dy !== 0 ? Math.SQRT2 : 1);
        const box = { x0: cx - w / 2, y0: cy - 0.65 * s, x1: cx + w / 2, y1: cy + 0.65 * s };
        if (isFree(box)) {
          taken.push(box);
          return { x: r1(cx), y: r1(cy + 0.35 * s), anchor: "middle", leader: { x: r1(cx), y: r1(cy) } };
        }
      }
    }
    return null;
  });
}

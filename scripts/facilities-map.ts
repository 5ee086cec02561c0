// The documentation's map of the facilities over the corridor graph, drawn from the package's data:
// facilities with sourced coordinates as symbols by kind and country, a thin line from each to the corridor
// node its output leaves from, and the graph's legs and nodes. Called by scripts/docs-figures.ts.
import { corridorLegs, corridorNodes } from "../src/datasets/corridors.js";
import { facilities } from "../src/datasets/facilities.js";
import { C5, C5_COLORS, esc, mapBase, r1 } from "./map-base.js";

/** The SVG map of the facilities over the corridor graph. */
export function facilitiesMap(): string {
  const width = 960;
  const height = 600;
  const { projection, outlines } = mapBase({ width, height, box: [46, 35, 88, 55], parallels: [35, 50], centre: 67, bottom: 70 });
  const p = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n]));
  const legs = corridorLegs
    .map((l) => {
      const a = nodeById.get(l.from);
      const b = nodeById.get(l.to);
      if (a === undefined || b === undefined) return "";
      const [x1, y1] = p(a.coordinates.lon, a.coordinates.lat);
      const [x2, y2] = p(b.coordinates.lon, b.coordinates.lat);
      return `<line class="leg ${l.mode} ${l.status}" x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}"/>`;
    })
    .join("\n    ");
  const nodes = corridorNodes
    .map((n) => {
      const [x, y] = p(n.coordinates.lon, n.coordinates.lat);
      return `<g class="node"><rect x="${r1(x - 3)}" y="${r1(y - 3)}" width="6" height="6"><title>${esc(`${n.name} (${n.kind}, ${n.country})`)}</title></rect><text x="${r1(x + 5)}" y="${r1(y - 5)}">${esc(n.name)}</text></g>`;
    })
    .join("\n    ");
  const located = facilities.filter((f) => f.location !== undefined);
  const links = located
    .map((f) => {
      const n = nodeById.get(f.exit.node);
      if (n === undefined || f.location === undefined) return "";
      const [x1, y1] = p(f.location.lon, f.location.lat);
      const [x2, y2] = p(n.coordinates.lon, n.coordinates.lat);
      return `<line class="exit" x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}"/>`;
    })
    .join("\n    ");
  const marks = located
    .map((f) => {
      if (f.location === undefined) return "";
      const [x, y] = p(f.location.lon, f.location.lat);
      const fill = C5_COLORS[f.country] ?? "#555";
      const minerals = [...new Set(f.commodities.map((c) => c.mineral))].join(", ");
      const label = `${f.name} (${f.kind}; ${minerals}; ${f.location.precision} coordinates; leaves from ${f.exit.node})`;
      const shape = ["smelter", "refinery", "plant", "concentrator"].includes(f.kind)
        ? `<rect x="${r1(x - 4)}" y="${r1(y - 4)}" width="8" height="8" transform="rotate(45 ${r1(x)} ${r1(y)})" fill="${fill}"/>`
        : `<circle cx="${r1(x)}" cy="${r1(y)}" r="4.5" fill="${fill}"/>`;
      // A short visible label: the name up to its first parenthesis or comma, beside the mark.
      const short = f.name.split(/[(,]/)[0]?.trim() ?? f.name;
      return `<g class="facility ${f.kind}" data-facility="${f.id}">${shape}<title>${esc(label)}</title><text class="label" x="${r1(x + 6)}" y="${r1(y + 3)}">${esc(short)}</text></g>`;
    })
    .join("\n    ");
  const legend = C5.map(
    (c, i) => `<circle cx="${i * 70 + 4}" cy="0" r="4.5" fill="${C5_COLORS[c]}"/><text x="${i * 70 + 12}" y="4">${c}</text>`,
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="facilities-map-title">
  <title id="facilities-map-title">Mines and plants of the C5 over the corridor graph</title>
  <style>
    .country { fill: #eeeae2; stroke: #b8b2a7; stroke-width: 0.5; }
    .country.c5 { fill: #f6f3ec; stroke: #7a9c72; stroke-width: 0.9; }
    .leg { stroke-width: 2; stroke-linecap: round; stroke: #8c2d04; stroke-opacity: 0.7; }
    .leg.ferry, .leg.sea { stroke: #0570b0; stroke-dasharray: 6 4; }
    .leg.planned, .leg.under-construction { stroke-opacity: 0.45; stroke-dasharray: 2 3; }
    .exit { stroke: #555; stroke-width: 0.7; stroke-dasharray: 1.5 2; }
    .node rect { fill: #fff; stroke: #222; stroke-width: 1.1; }
    .node text { font: 9px sans-serif; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 2.5px; }
    .facility circle, .facility rect { stroke: #fff; stroke-width: 1; }
    .facility .label { font: 7px sans-serif; fill: #333; paint-order: stroke; stroke: #fff; stroke-width: 2px; }
    .caption { font: 11px sans-serif; fill: #444; }
    .heading { font: bold 15px sans-serif; fill: #222; }
  </style>
  <rect width="${width}" height="${height}" fill="#cfe3ef"/>
  <g class="countries">
    ${outlines}
  </g>
  <g class="legs">
    ${legs}
  </g>
  <g class="exits">
    ${links}
  </g>
  <g class="nodes">
    ${nodes}
  </g>
  <g class="facilities">
    ${marks}
  </g>
  <text class="heading" x="14" y="24">Facilities of c5-minerals: ${located.length} of ${facilities.length} with sourced coordinates, each joined to the corridor node its output leaves from</text>
  <g class="caption" transform="translate(14 ${height - 48})">
    ${legend}
    <circle cx="384" cy="0" r="4.5" fill="#888"/><text x="392" y="4">mine, field, complex, deposit</text>
    <rect x="560" y="-4" width="8" height="8" transform="rotate(45 564 0)" fill="#888"/><text x="574" y="4">smelter, refinery, plant</text>
    <text x="0" y="22">Outlines: Natural Earth 1:50m (world-atlas). Facilities, their coordinates (site or town precision) and exit nodes: c5-minerals facilities dataset; legs and nodes: corridors dataset.</text>
    <text x="0" y="38">Dotted lines join a facility to its exit node; facilities without sourced coordinates are not drawn.</text>
  </g>
</svg>
`;
}

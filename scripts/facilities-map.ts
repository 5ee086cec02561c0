// The documentation's map of the facilities over the corridor graph, drawn from the package's data:
// facilities with sourced coordinates as symbols by kind and country, a thin line from each to the corridor
// node its output leaves from, and the graph's legs and nodes. Called by scripts/docs-figures.ts.
import { corridorLegs, corridorNodes } from "../src/datasets/corridors.js";
import { facilities } from "../src/datasets/facilities.js";
import { C5, C5_COLORS, esc, mapBase, placeLabels, r1 } from "./map-base.js";

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
  // Facility names are placed first, then the corridor nodes' names. A facility whose name would overlap
  // another label gets a number instead, placed in the space left (the same sequence of requests places the
  // names exactly as before), and the numbers are keyed to names below the map: every point is labelled.
  const facilityXY = located.map((f) => p(f.location?.lon ?? 0, f.location?.lat ?? 0));
  const nodeXY = corridorNodes.map((n) => p(n.coordinates.lon, n.coordinates.lat));
  const nameRequests = located.map((f, i) => ({
    x: facilityXY[i]?.[0] ?? 0,
    y: facilityXY[i]?.[1] ?? 0,
    text: f.name,
    r: 4.5,
    size: 9,
  }));
  const nodeRequests = corridorNodes.map((n, i) => ({
    x: nodeXY[i]?.[0] ?? 0,
    y: nodeXY[i]?.[1] ?? 0,
    text: n.name,
    r: 3,
    size: 8,
  }));
  const frame = { width, height: height - 70 };
  // every point's circle is an obstacle from the start, so the names are placed the same in both passes
  const points = nodeRequests.map((q) => ({ ...q, text: "" }));
  const unnamed = placeLabels([...nameRequests, ...points], frame)
    .slice(0, located.length)
    .flatMap((l, i) => (l === null ? [i] : []));
  const numberOf = new Map<number, number>(unnamed.map((i, k) => [i, k + 1]));
  // Facilities drawn on the very same point (a town's coordinates) share one label listing their numbers.
  const at = (i: number) => `${r1(facilityXY[i]?.[0] ?? 0)},${r1(facilityXY[i]?.[1] ?? 0)}`;
  const groups = new Map<string, number[]>();
  for (const i of unnamed) groups.set(at(i), [...(groups.get(at(i)) ?? []), i]);
  const numberGroups = [...groups.values()];
  // "17–20" for a run of numbers, "16,24" otherwise
  const listNumbers = (g: number[]) => {
    const ns = g.map((j) => numberOf.get(j) ?? 0);
    const run = ns.every((n, k) => k === 0 || n === (ns[k - 1] ?? 0) + 1);
    return run && ns.length > 2 ? `${ns[0]}–${ns[ns.length - 1]}` : ns.join(",");
  };
  // facility names, then the numbers, then the corridor nodes' names (a node keeps its square and tooltip)
  const placed = placeLabels(
    [
      ...nameRequests,
      ...numberGroups.map((g) => {
        const i = g[0] ?? 0;
        return { x: facilityXY[i]?.[0] ?? 0, y: facilityXY[i]?.[1] ?? 0, text: listNumbers(g), r: 4.5, size: 8, reach: 60 };
      }),
      ...nodeRequests,
    ],
    frame,
  );
  const nodeLabel = (i: number) => placed[located.length + numberGroups.length + i];
  const groupOf = new Map<number, number>(numberGroups.flatMap((g, k) => g.map((i) => [i, k] as [number, number])));
  const numberLabel = (i: number) => {
    const k = groupOf.get(i);
    return k === undefined ? null : (placed[nameRequests.length + k] ?? null);
  };
  const numberText = (i: number) => {
    const g = numberGroups[groupOf.get(i) ?? -1] ?? [];
    // the group's label is drawn once, in its first member's mark
    return g[0] === i ? listNumbers(g) : null;
  };
  // a label moved away from a crowded point is joined back to it by a leader line
  const label = (at: ReturnType<typeof placeLabels>[number] | undefined, text: string, from?: readonly number[]) =>
    at
      ? `${at.leader && from ? `<line class="leader" x1="${r1(from[0] ?? 0)}" y1="${r1(from[1] ?? 0)}" x2="${at.leader.x}" y2="${at.leader.y}"/>` : ""}<text class="label" x="${at.x}" y="${at.y}" text-anchor="${at.anchor}">${esc(text)}</text>`
      : "";
  const nodes = corridorNodes
    .map((n, i) => {
      const [x, y] = nodeXY[i] ?? [0, 0];
      return `<g class="node"><rect x="${r1(x - 3)}" y="${r1(y - 3)}" width="6" height="6"><title>${esc(`${n.name} (${n.kind}, ${n.country})`)}</title></rect>${label(nodeLabel(i), n.name)}</g>`;
    })
    .join("\n    ");
  const marks = located
    .map((f, i) => {
      if (f.location === undefined) return "";
      const [x, y] = facilityXY[i] ?? [0, 0];
      const fill = C5_COLORS[f.country] ?? "#555";
      const minerals = [...new Set(f.commodities.map((c) => c.mineral))].join(", ");
      const title = `${f.name} (${f.kind}; ${minerals}; ${f.location.precision} coordinates; leaves from ${f.exit.node})`;
      const shape = ["smelter", "refinery", "plant", "concentrator"].includes(f.kind)
        ? `<rect x="${r1(x - 4)}" y="${r1(y - 4)}" width="8" height="8" transform="rotate(45 ${r1(x)} ${r1(y)})" fill="${fill}"/>`
        : `<circle cx="${r1(x)}" cy="${r1(y)}" r="4.5" fill="${fill}"/>`;
      const number = numberOf.get(i);
      const shared = number === undefined ? null : numberText(i);
      const text =
        number === undefined
          ? label(placed[i], f.name)
          : shared === null
            ? ""
            : label(numberLabel(i) ?? undefined, shared, facilityXY[i]);
      return `<g class="facility ${f.kind}" data-facility="${f.id}">${shape}<title>${esc(title)}</title>${text}</g>`;
    })
    .join("\n    ");
  const unlabelled =
    located.filter((_, i) => (numberOf.has(i) ? numberLabel(i) : placed[i]) === null).length +
    corridorNodes.filter((_, i) => nodeLabel(i) === null).length;
  // The key of numbered points, in columns below the caption.
  const keyColumns = 3;
  const keyRows = Math.ceil(unnamed.length / keyColumns);
  // below a third caption line; a plain panel, since legs leaving the frame southwards would run under it
  const keyHeight = unnamed.length === 0 ? 0 : keyRows * 13 + 34;
  const total = height + keyHeight;
  const key = unnamed
    .map((i, k) => {
      const x = Math.floor(k / keyRows) * Math.floor((width - 28) / keyColumns);
      const y = 18 + (k % keyRows) * 13;
      return `<text x="${x}" y="${y}"><tspan class="num">${k + 1}</tspan> ${esc(located[i]?.name ?? "")}</text>`;
    })
    .join("\n    ");
  const legend = C5.map(
    (c, i) => `<circle cx="${i * 70 + 4}" cy="0" r="4.5" fill="${C5_COLORS[c]}"/><text x="${i * 70 + 12}" y="4">${c}</text>`,
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${total}" width="${width}" height="${total}" role="img" aria-labelledby="facilities-map-title">
  <title id="facilities-map-title">Mines and plants of the C5 over the corridor graph</title>
  <style>
    .country { fill: #eeeae2; stroke: #b8b2a7; stroke-width: 0.5; }
    .country.c5 { fill: #f6f3ec; stroke: #7a9c72; stroke-width: 0.9; }
    .leg { stroke-width: 2; stroke-linecap: round; stroke: #8c2d04; stroke-opacity: 0.7; }
    .leg.ferry, .leg.sea { stroke: #0570b0; stroke-dasharray: 6 4; }
    .leg.planned, .leg.under-construction { stroke-opacity: 0.45; stroke-dasharray: 2 3; }
    .exit { stroke: #555; stroke-width: 0.7; stroke-dasharray: 1.5 2; }
    .leader { stroke: #222; stroke-width: 0.6; }
    .node rect { fill: #fff; stroke: #222; stroke-width: 1.1; }
    .facility circle, .facility rect { stroke: #fff; stroke-width: 1; }
    .facility text { font: bold 9px sans-serif; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 2.5px; }
    .node text { font: 8px sans-serif; fill: #555; paint-order: stroke; stroke: #fff; stroke-width: 2.5px; }
    .caption { font: 11px sans-serif; fill: #444; }
    .heading { font: bold 15px sans-serif; fill: #222; }
    .key { font: 10px sans-serif; fill: #333; }
    .key .num { font-weight: bold; }
    .key-panel { fill: #fbfaf7; }
  </style>
  <rect width="${width}" height="${total}" fill="#cfe3ef"/>
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
  <text class="heading" x="14" y="24">Facilities of c5-minerals: ${located.length} of ${facilities.length} with sourced coordinates, joined to their exit nodes</text>
  ${keyHeight > 0 ? `<rect class="key-panel" x="0" y="${height}" width="${width}" height="${keyHeight}"/>` : ""}
  <g class="caption" transform="translate(14 ${height - 48})">
    ${legend}
    <circle cx="384" cy="0" r="4.5" fill="#888"/><text x="392" y="4">mine, field, complex, deposit</text>
    <rect x="560" y="-4" width="8" height="8" transform="rotate(45 564 0)" fill="#888"/><text x="574" y="4">smelter, refinery, plant</text>
    <text x="0" y="22">Outlines: Natural Earth 1:50m (world-atlas). Facilities, coordinates (site, town or district precision), exit nodes: facilities dataset; legs, nodes: corridors dataset.</text>
    <text x="0" y="38">Dotted lines join a facility to its exit node; facilities without sourced coordinates are not drawn.</text>
    <text x="0" y="54">${unnamed.length > 0 ? "Numbered points are named below. " : ""}${unlabelled > 0 ? `${unlabelled} labels left out where they would overlap (hover for names).` : ""}</text>
  </g>${
    unnamed.length > 0
      ? `
  <g class="key" transform="translate(14 ${height + 12})">
    ${key}
  </g>`
      : ""
  }
</svg>
`;
}

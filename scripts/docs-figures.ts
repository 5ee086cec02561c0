// Draws the documentation's pictures from the package's own data, offline: a map of the corridor graph
// over country outlines (Natural Earth via world-atlas, projected with d3-geo) and three charts. Writes
// docs/images/*.svg. Usage: tsx scripts/docs-figures.ts [--check]  (--check: fail if a file is stale)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { corridorLegs, corridorNodes, corridors } from "../src/datasets/corridors.js";
import { getCountry } from "../src/datasets/countries.js";
import { importDependence } from "../src/datasets/import-dependence.js";
import { getMineral } from "../src/datasets/minerals.js";
import { getSource } from "../src/datasets/sources.js";
import { c5CriticalityNow } from "../src/queries/c5-criticality.js";
import { legKm } from "../src/queries/graph.js";
import { type McsImportDependence, usImportsFromC5 } from "../src/queries/import-dependence.js";
import { currentLists } from "../src/queries/list-history.js";
import { figureSeries, PRODUCTION_MEASURES, productionProfile } from "../src/queries/supply.js";
import { facilitiesMap } from "./facilities-map.js";
import { C5, C5_COLORS, esc, mapBase, placeLabels, r1 } from "./map-base.js";
import { measuresTimelineSvg } from "./measures-timeline.js";

const check = process.argv.includes("--check");
const stale: string[] = [];

function write(name: string, svg: string) {
  const path = `docs/images/${name}`;
  if (check) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== svg) stale.push(path);
    return;
  }
  mkdirSync("docs/images", { recursive: true });
  writeFileSync(path, svg);
  console.log(`wrote ${path}`);
}

// ---- map ----------------------------------------------------------------------------------------------
function corridorMap(): string {
  const width = 960;
  const height = 560;
  const { projection, outlines } = mapBase({ width, height, box: [26, 24, 82, 52], parallels: [30, 50], centre: 55, bottom: 60 });
  const nodeById = new Map<string, (typeof corridorNodes)[number]>(corridorNodes.map((n) => [n.id, n]));
  const xy = (n: (typeof corridorNodes)[number]) => projection([n.coordinates.lon, n.coordinates.lat]) ?? [0, 0];
  const legs = corridorLegs
    .map((l) => {
      const a = nodeById.get(l.from);
      const b = nodeById.get(l.to);
      if (a === undefined || b === undefined) return "";
      const [x1, y1] = xy(a);
      const [x2, y2] = xy(b);
      const on = corridors.filter((c) => (c.legs as readonly string[]).includes(l.id)).map((c) => c.name);
      const { km, sourced } = legKm(l, a, b);
      const estimate = sourced ? "" : " estimate";
      const length = sourced
        ? `${Math.round(km).toLocaleString("en")} km`
        : `about ${Math.round(km).toLocaleString("en")} km in a straight line`;
      return `<line class="leg ${l.mode} ${l.status}${estimate}" data-leg="${l.id}" x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}"><title>${esc(`${a.name} – ${b.name} (${l.mode}, ${l.status}, ${length}${on.length ? `; ${on.join(", ")}` : ""})`)}</title></line>`;
    })
    .join("\n    ");
  // Labels go to the best-connected nodes first; a label that would collide with another is left out
  // (the node keeps its tooltip), so no two labels overlap.
  const degree = (id: string) => corridorLegs.filter((l) => l.from === id || l.to === id).length;
  const ordered = [...corridorNodes].sort((a, b) => degree(b.id) - degree(a.id) || a.id.localeCompare(b.id));
  const placed = placeLabels(
    ordered.map((n) => {
      const [x, y] = xy(n);
      return { x, y, text: n.name, r: 3.5, size: 9 };
    }),
    { width, height: height - 60 },
  );
  const labelOf = new Map(ordered.map((n, i) => [n.id, placed[i] ?? null]));
  const nodes = corridorNodes
    .map((n) => {
      const [x, y] = xy(n);
      const at = labelOf.get(n.id);
      const label = at ? `<text class="label" x="${at.x}" y="${at.y}" text-anchor="${at.anchor}">${esc(n.name)}</text>` : "";
      return `<g class="node ${n.kind}" data-node="${n.id}"><circle cx="${r1(x)}" cy="${r1(y)}" r="3.5"><title>${esc(`${n.name} (${n.kind}, ${n.country})`)}</title></circle>${label}</g>`;
    })
    .join("\n    ");
  const unlabelled = [...labelOf.values()].filter((l) => l === null).length;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title">
  <title id="map-title">Transport corridors between China, Central Asia, the Caspian, the Black Sea and Türkiye</title>
  <style>
    .country { fill: #eeeae2; stroke: #b8b2a7; stroke-width: 0.5; }
    .country.c5 { fill: #d9e8d4; stroke: #7a9c72; }
    .leg { stroke-width: 2.2; stroke-linecap: round; }
    .leg.rail { stroke: #8c2d04; }
    .leg.road { stroke: #6a51a3; }
    .leg.ferry, .leg.sea { stroke: #0570b0; stroke-dasharray: 6 4; }
    .leg.planned, .leg.under-construction { stroke-opacity: 0.55; stroke-dasharray: 2 3; }
    .leg.estimate { stroke-width: 1.2; }
    .node circle { fill: #fff; stroke: #222; stroke-width: 1.2; }
    .node text { font: 9px sans-serif; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 2.5px; }
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
  <g class="nodes">
    ${nodes}
  </g>
  <text class="heading" x="14" y="24">Corridor graph of c5-minerals: ${corridorNodes.length} nodes, ${corridorLegs.length} legs, ${corridors.length} corridors</text>
  <g class="caption" transform="translate(14 ${height - 40})">
    <line x1="0" y1="0" x2="24" y2="0" class="leg rail"/><text x="30" y="4">rail</text>
    <line x1="70" y1="0" x2="94" y2="0" class="leg ferry"/><text x="100" y="4">ferry / sea</text>
    <line x1="170" y1="0" x2="194" y2="0" class="leg rail planned"/><text x="200" y="4">planned or under construction</text>
    <line x1="380" y1="0" x2="404" y2="0" class="leg road"/><text x="410" y="4">road</text>
    <line x1="450" y1="0" x2="474" y2="0" class="leg rail estimate"/><text x="480" y="4">thin: length not sourced</text>
    <rect x="620" y="-6" width="14" height="10" class="country c5"/><text x="640" y="4">C5 states</text>
    <text x="0" y="24">Outlines: Natural Earth 1:50m (world-atlas). Nodes, legs, statuses: corridors dataset, each with its sources. Lines join nodes directly, not along the track.</text>
    <text x="0" y="-14" class="unlabelled">${unlabelled > 0 ? `${unlabelled} node labels left out where they would overlap; hover a node for its name.` : ""}</text>
  </g>
</svg>
`;
}

/** The opening of a chart: the svg element, its accessible title, the shared styles, background and heading. */
function chartHead(c: { width: number; height: number; id: string; title: string; grid: string; heading: string }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}" role="img" aria-labelledby="${c.id}">
  <title id="${c.id}">${esc(c.title)}</title>
  <style>
    text { font: 11px sans-serif; fill: #222; }
    .heading { font: bold 14px sans-serif; }
    .grid { stroke: ${c.grid}; }
    .tick { fill: #555; }
  </style>
  <rect width="${c.width}" height="${c.height}" fill="#fff"/>
  <text class="heading" x="14" y="22">${c.heading}</text>`;
}

/** How a caption names the edition a figure comes from: its publisher and edition (or title), from the sources dataset. */
function editionName(sourceId: string): string {
  const source = getSource(sourceId);
  if (source === undefined) throw new Error(`figure source ${sourceId} is not in the sources dataset`);
  const publisher = source.publisher === "U.S. Geological Survey" ? "USGS" : source.publisher;
  const edition = source.edition?.replace(/^MCS (\d{4})$/, "Mineral Commodity Summaries $1") ?? source.title;
  return `${publisher} ${edition}`;
}

// ---- chart: C5 share of world output -----------------------------------------------------------------------
function shareChart(): string {
  type Bar = { label: string; parts: { country: string; share: number }[]; year: number; unit: string; vintage: string };
  const byColumn = new Map<string, Bar>();
  const editions = new Map<string, string>();
  for (const code of C5) {
    for (const s of productionProfile(code)) {
      if (s.share === null || !PRODUCTION_MEASURES.includes(s.figure.measure)) continue;
      const form = s.figure.form;
      const label =
        form === undefined ? s.figure.mineral : form.startsWith(s.figure.mineral) ? form : `${s.figure.mineral} (${form})`;
      const key = `${s.figure.table}|${s.figure.measure}|${s.figure.form ?? ""}`;
      const bar = byColumn.get(key) ?? {
        label,
        parts: [],
        year: s.figure.year,
        unit: s.figure.unit,
        vintage: s.figure.vintage,
      };
      editions.set(s.figure.vintage, editionName(s.figure.source));
      bar.parts.push({ country: code, share: s.share });
      byColumn.set(key, bar);
    }
  }
  const bars = [...byColumn.values()].sort(
    (a, b) => b.parts.reduce((s, p) => s + p.share, 0) - a.parts.reduce((s, p) => s + p.share, 0),
  );
  const left = 330;
  const plotWidth = 560;
  const rowHeight = 20;
  const top = 60;
  const height = top + bars.length * rowHeight + 70;
  const width = left + plotWidth + 60;
  const x = (share: number) => left + share * plotWidth;
  const rows = bars
    .map((bar, i) => {
      const y = top + i * rowHeight;
      let start = 0;
      const segments = bar.parts
        .map((p) => {
          const rect = `<rect class="share ${p.country}" data-vintage="${bar.vintage}" x="${r1(x(start))}" y="${y + 3}" width="${r1(p.share * plotWidth)}" height="${rowHeight - 6}" fill="${C5_COLORS[p.country]}"><title>${esc(`${getCountry(p.country)?.name}: ${(p.share * 100).toFixed(1)}% of world ${bar.label}, ${bar.year}`)}</title></rect>`;
          start += p.share;
          return rect;
        })
        .join("");
      const total = bar.parts.reduce((s, p) => s + p.share, 0);
      return `<text class="label" x="${left - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${esc(bar.label)} ${bar.year}</text>${segments}<text class="value" x="${r1(x(total) + 4)}" y="${y + rowHeight / 2 + 4}">${(total * 100).toFixed(1)}%</text>`;
    })
    .join("\n  ");
  const ticks = [0, 0.1, 0.2, 0.3, 0.4, 0.5]
    .map(
      (t) =>
        `<line class="grid" x1="${x(t)}" y1="${top - 4}" x2="${x(t)}" y2="${top + bars.length * rowHeight}"/><text class="tick" x="${x(t)}" y="${top - 8}" text-anchor="middle">${t * 100}%</text>`,
    )
    .join("");
  const legend = C5.map(
    (c, i) =>
      `<rect x="${left + i * 110}" y="${height - 40}" width="12" height="12" fill="${C5_COLORS[c]}"/><text class="tick" x="${left + i * 110 + 16}" y="${height - 30}">${esc(getCountry(c).name)}</text>`,
  ).join("");
  return `${chartHead({ width, height, id: "share-title", title: "The C5 states' share of world production, newest year in the package, by mineral", grid: "#ddd", heading: "Share of world production held by the C5 states (each bar is one column of one source table)" })}
  <text class="tick source-caption" x="14" y="40" data-vintages="${[...editions.keys()].sort().join(" ")}">${esc(`Source tables: ${[...new Set(editions.values())].sort().join("; ")}. Only countries the table names are counted.`)}</text>
  ${ticks}
  ${rows}
  ${legend}
</svg>
`;
}

// ---- chart: production over time ---------------------------------------------------------------------
function seriesChart(): string {
  const series = (["KZ", "UZ"] as const).map((code) => ({ code, points: figureSeries(code, "uranium", "mine-production") }));
  const all = series.flatMap((s) => s.points);
  const years = all.map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const maxValue = Math.ceil(Math.max(...all.map((p) => p.figure.value ?? 0)) / 5000) * 5000;
  const width = 760;
  const height = 380;
  const left = 70;
  const right = 120;
  const top = 50;
  const bottom = 50;
  const x = (year: number) => left + ((year - minYear) / (maxYear - minYear || 1)) * (width - left - right);
  const y = (value: number) => height - bottom - (value / maxValue) * (height - top - bottom);
  const lines = series
    .map((s) => {
      const d = s.points
        .filter((p) => p.figure.value !== null)
        .map((p, i) => `${i === 0 ? "M" : "L"}${r1(x(p.year))},${r1(y(p.figure.value ?? 0))}`)
        .join(" ");
      const dots = s.points
        .map(
          (p) =>
            `<circle cx="${r1(x(p.year))}" cy="${r1(y(p.figure.value ?? 0))}" r="3" fill="${C5_COLORS[s.code]}" class="${p.figure.status}" data-vintage="${p.figure.vintage}"><title>${esc(`${getCountry(s.code).name} ${p.year}: ${p.figure.value} ${p.figure.unit}${p.figure.status === "estimated" ? " (estimate)" : ""}`)}</title></circle>`,
        )
        .join("");
      const last = s.points.at(-1);
      return `<path class="series ${s.code}" d="${d}" fill="none" stroke="${C5_COLORS[s.code]}" stroke-width="2"/>${dots}<text x="${r1(x(last?.year ?? maxYear) + 8)}" y="${r1(y(last?.figure.value ?? 0) + 4)}">${esc(getCountry(s.code).name)}</text>`;
    })
    .join("\n  ");
  const yTicks = Array.from({ length: maxValue / 5000 + 1 }, (_, i) => i * 5000)
    .map(
      (v) =>
        `<line class="grid" x1="${left}" x2="${width - right}" y1="${r1(y(v))}" y2="${r1(y(v))}"/><text class="tick" x="${left - 6}" y="${r1(y(v) + 4)}" text-anchor="end">${v.toLocaleString("en-US")}</text>`,
    )
    .join("");
  const xTicks = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i)
    .map((yr) => `<text class="tick" x="${r1(x(yr))}" y="${height - bottom + 18}" text-anchor="middle">${yr}</text>`)
    .join("");
  const vintages = [...new Set(all.map((p) => p.figure.vintage))].sort();
  const editionNames = [...new Set(all.map((p) => editionName(p.figure.source)))].sort();
  const estimatedBy = series.filter((s) => s.points.some((p) => p.figure.status === "estimated"));
  const estimatedNote = estimatedBy
    .map((s) => {
      const years = s.points.filter((p) => p.figure.status === "estimated").map((p) => p.year);
      const all = years.length === s.points.length;
      return ` ${getCountry(s.code).name}: ${all ? "every value is" : `${years.join(", ")} are`} the source's estimate${all ? "" : "s"}.`;
    })
    .join("");
  return `${chartHead({ width, height, id: "series-title", title: "Uranium mine production of Kazakhstan and Uzbekistan by year, tonnes of uranium", grid: "#e4e4e4", heading: `Uranium mine production, tonnes U (${vintages.length === 1 ? "one source edition" : `${vintages.length} source editions`})` })}
  <text class="tick source-caption" x="14" y="38" data-vintages="${vintages.join(" ")}">${esc(`Source: ${editionNames.join("; ")}.${estimatedNote}`)}</text>
  ${yTicks}
  ${xTicks}
  ${lines}
</svg>
`;
}

// ---- chart: how many current lists name each mineral the C5 produce -------------------------------------
function listsChart(): string {
  const rows = c5CriticalityNow();
  const lists = currentLists();
  const max = lists.length;
  // The caption names every current list, wrapped to the chart's width.
  const words = [
    ..."Current lists:".split(" "),
    ...lists.map((l, i) => `${l.id}${i === lists.length - 1 ? "." : ","}`),
    ..."Producers: C5 states with a production figure above zero in the package's figures. A list counts when an entry names the mineral by id (a group entry does not count for its members).".split(
      " ",
    ),
  ];
  const lines: string[] = [""];
  for (const w of words) {
    const last = lines.length - 1;
    if ((lines[last] ?? "").length + w.length > 150) lines.push(w);
    else lines[last] = `${lines[last] ? `${lines[last]} ` : ""}${w}`;
  }
  const note = lines.map((line, i) => `<text class="tick" x="14" y="${40 + i * 14}">${esc(line)}</text>`).join("\n  ");
  const left = 250;
  const plotWidth = 420;
  const rowHeight = 20;
  const top = 58 + lines.length * 14;
  const height = top + rows.length * rowHeight + 50;
  const width = left + plotWidth + 300;
  const x = (n: number) => left + (n / max) * plotWidth;
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowHeight;
      const name = getMineral(r.mineral)?.name ?? r.mineral;
      const who = r.jurisdictions.map((j) => j.jurisdiction).join(", ");
      return `<text class="label" x="${left - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${esc(name)} (${r.producers.join(", ")})</text><rect class="count" x="${left}" y="${y + 3}" width="${r1(x(r.listCount) - left)}" height="${rowHeight - 6}" fill="#1b6ca8"><title>${esc(`${name}: named by ${r.listCount} of ${max} current lists${who ? ` (${who})` : ""}`)}</title></rect><text class="value" x="${r1(x(r.listCount) + 4)}" y="${y + rowHeight / 2 + 4}">${r.listCount}${who ? ` · ${esc(who)}` : ""}</text>`;
    })
    .join("\n  ");
  const ticks = Array.from({ length: max + 1 }, (_, t) => t)
    .filter((t) => t % 2 === 0 || t === max)
    .map(
      (t) =>
        `<line class="grid" x1="${r1(x(t))}" y1="${top - 4}" x2="${r1(x(t))}" y2="${top + rows.length * rowHeight}"/><text class="tick" x="${r1(x(t))}" y="${top - 8}" text-anchor="middle">${t}</text>`,
    )
    .join("");
  return `${chartHead({ width, height, id: "lists-title", title: "For each mineral the C5 states produce, how many current critical or strategic mineral lists name it", grid: "#ddd", heading: `Minerals the C5 produce: how many of the ${max} current critical or strategic lists name each` })}
  ${note}
  ${ticks}
  ${bars}
</svg>
`;
}

// ---- chart: US imports from the C5 -------------------------------------------------------------------
function importsChart(): string {
  const editions = [...new Set(importDependence.map((r) => r.vintage))].sort().reverse();
  // MCS rows only: the EIA's uranium row is another measure (shares of reactor deliveries, not of imports)
  const panels = editions.map((vintage) => ({
    vintage,
    rows: usImportsFromC5({ vintage }).filter((r): r is McsImportDependence => r.measure === "mcs-import-sources"),
  }));
  const left = 330;
  const plotWidth = 400;
  const rowHeight = 20;
  const panelGap = 44;
  const top = 64;
  const width = left + plotWidth + 200;
  const x = (share: number) => left + (share / 50) * plotWidth;
  let y = top;
  const body: string[] = [];
  for (const panel of panels) {
    const first = panel.rows[0];
    const edition = panel.vintage.replace(/^usgs-mcs-(\d{4})$/, "MCS $1");
    body.push(
      `<text class="panel" x="14" y="${y + 12}">${esc(`${edition}: share of US imports, ${first?.period.printed ?? ""}`)}</text><text class="tick" x="${left + plotWidth + 16}" y="${y + 12}">net import reliance, ${first?.netImportReliance.year ?? ""}</text>`,
    );
    y += 20;
    const bottom = y + panel.rows.length * rowHeight;
    for (const t of [0, 10, 20, 30, 40, 50])
      body.push(
        `<line class="grid" x1="${x(t)}" y1="${y - 2}" x2="${x(t)}" y2="${bottom}"/><text class="tick" x="${x(t)}" y="${bottom + 12}" text-anchor="middle">${t}%</text>`,
      );
    for (const r of panel.rows) {
      let start = 0;
      const label = `${r.mineral}: ${r.product ?? "all imports"}`;
      const segments = r.c5
        .map((p) => {
          const rect = `<rect class="share ${p.country}" data-vintage="${panel.vintage}" x="${r1(x(start))}" y="${y + 3}" width="${r1(x(p.share) - left)}" height="${rowHeight - 6}" fill="${C5_COLORS[p.country]}"><title>${esc(`${getCountry(p.country).name}: ${p.share}% of US imports of ${label}, ${r.period.printed} (${edition})`)}</title></rect>`;
          start += p.share;
          return rect;
        })
        .join("");
      const nir = r.netImportReliance;
      const nirText = nir.mark === "net-exporter" ? "E (net exporter)" : `${nir.printed}%`;
      body.push(
        `<text class="label" x="${left - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${esc(label)}</text>${segments}<text class="value" x="${r1(x(r.c5Share) + 4)}" y="${y + rowHeight / 2 + 4}">${r.c5Share}%</text><text class="value" x="${left + plotWidth + 16}" y="${y + rowHeight / 2 + 4}">${esc(nirText)}</text>`,
      );
      y += rowHeight;
    }
    y += panelGap;
  }
  const height = y + 10;
  const legend = C5.map(
    (c, i) =>
      `<rect x="${left + i * 110}" y="${height - 30}" width="12" height="12" fill="${C5_COLORS[c]}"/><text class="tick" x="${left + i * 110 + 16}" y="${height - 20}">${esc(getCountry(c).name)}</text>`,
  ).join("");
  return `${chartHead({ width, height: height + 10, id: "imports-title", title: "Share of US imports from the C5 states by product, and the chapter's net import reliance, per USGS MCS edition", grid: "#ddd", heading: "US imports that come from the C5 states (USGS Mineral Commodity Summaries, Import Sources)" })}
  <style>.panel { font: bold 12px sans-serif; }</style>
  <text class="tick" x="14" y="40">Only products whose printed import sources name a C5 state. Shares are of US imports of that product over the period printed;</text>
  <text class="tick source-caption" x="14" y="54" data-vintages="${editions.join(" ")}">${esc(`net import reliance is the chapter's, as printed (E: the US is a net exporter). Editions: ${editions.map((v) => v.replace(/^usgs-mcs-(\d{4})$/, "MCS $1")).join(", ")}.`)}</text>
  ${body.join("\n  ")}
  ${legend}
</svg>
`;
}

write("corridor-map.svg", corridorMap());
write("c5-world-share.svg", shareChart());
write("uranium-production.svg", seriesChart());
write("c5-minerals-on-lists.svg", listsChart());
write("us-imports-from-c5.svg", importsChart());
write("facilities-map.svg", facilitiesMap());
write("measures-timeline.svg", measuresTimelineSvg());
if (stale.length > 0) {
  console.error(`Out of date (run \`tsx scripts/docs-figures.ts\`):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}

// Draws docs/images/measures-timeline.svg from the measures and policy events: one lane per C5 state,
// measures as bars from the day they took effect to the day they ended (solid where the sources give both,
// dashed where the end is inferred from a stated term or not known), starts that never took effect as
// hollow marks, and policy events as dots by kind. Called by scripts/docs-figures.ts; run alone with
// `tsx scripts/measures-timeline.ts [--check]`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { addMonths, partialDateSpan } from "../src/core/partial-dates.js";
import { measures, policyEvents } from "../src/datasets/measures.js";
import { C5, C5_COLORS, esc, r1 } from "./map-base.js";

const FIRST_YEAR = 2012;
const LAST_YEAR = 2027;
const EVENT_COLORS: Record<string, string> = {
  law: "#444",
  tax: "#8e44ad",
  takeover: "#c0392b",
  eiti: "#2980b9",
  claim: "#d35400",
  other: "#7f8c8d",
};
const eventGroup = (kind: string) =>
  kind === "subsoil-law" || kind === "subsoil-law-amendment" || kind === "precious-metals-law"
    ? "law"
    : kind === "mining-tax"
      ? "tax"
      : kind === "nationalisation" || kind === "settlement" || kind === "court-decision"
        ? "takeover"
        : kind === "eiti"
          ? "eiti"
          : kind === "discovery-claim"
            ? "claim"
            : "other";

/** The SVG picture of every measure and policy event on one time axis. */
export function measuresTimelineSvg(): string {
  const width = 960;
  const left = 70;
  const right = 20;
  const top = 40;
  const laneHeight = 88;
  const height = top + laneHeight * C5.length + 70;
  const t = (day: string) => {
    const ms = Date.parse(`${day}T00:00:00Z`);
    const a = Date.UTC(FIRST_YEAR, 0, 1);
    const b = Date.UTC(LAST_YEAR, 0, 1);
    return left + ((Math.min(Math.max(ms, a), b) - a) / (b - a)) * (width - left - right);
  };
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>Export measures and policy events of the C5 states, ${FIRST_YEAR}-${LAST_YEAR - 1}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
  );
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const x = r1(t(`${y}-01-01`));
    out.push(`<line x1="${x}" y1="${top - 8}" x2="${x}" y2="${top + laneHeight * C5.length}" stroke="#e5e5e5"/>`);
    if (y < LAST_YEAR) out.push(`<text x="${r1(x + 2)}" y="${top - 12}" fill="#666">${y}</text>`);
  }
  C5.forEach((country, lane) => {
    const y0 = top + lane * laneHeight;
    out.push(
      `<line x1="${left}" y1="${y0 + laneHeight}" x2="${width - right}" y2="${y0 + laneHeight}" stroke="#bbb"/>`,
      `<text x="8" y="${y0 + 22}" font-weight="bold" fill="${C5_COLORS[country]}">${country}</text>`,
    );
    // measures: one row per measure, packed into as few rows as fit
    const rows: number[] = [];
    const mine = measures
      .filter((m) => m.country === country)
      .map((m) => {
        const d = m.dates;
        const startDay = d.inForce ?? d.plannedInForce ?? d.signed ?? d.published ?? d.reported ?? d.ended ?? d.ends;
        const start = startDay === undefined ? undefined : partialDateSpan(startDay)[0];
        const endKnown = d.ended ?? d.ends;
        const end =
          endKnown !== undefined
            ? partialDateSpan(endKnown)[1]
            : d.termMonths !== undefined && start !== undefined
              ? addMonths(start, d.termMonths)
              : `${LAST_YEAR}-01-01`;
        return { m, start, end, solid: d.inForce !== undefined && endKnown !== undefined, never: d.plannedInForce !== undefined };
      })
      .filter((x): x is typeof x & { start: string } => x.start !== undefined)
      .sort((a, b) => a.start.localeCompare(b.start));
    for (const bar of mine) {
      const x1 = t(bar.start);
      const x2 = Math.max(t(bar.end), x1 + 3);
      let row = rows.findIndex((endX) => endX + 4 < x1);
      if (row === -1) {
        row = rows.length;
        rows.push(x2);
      } else rows[row] = x2;
      const y = y0 + 8 + (row % 6) * 7;
      const color = C5_COLORS[country] ?? "#333";
      const title = `<title>${esc(`${bar.m.name} (${bar.m.kind})`)}</title>`;
      if (bar.never) out.push(`<rect x="${r1(x1)}" y="${y}" width="6" height="5" fill="none" stroke="${color}">${title}</rect>`);
      else
        out.push(
          `<line x1="${r1(x1)}" y1="${y + 2.5}" x2="${r1(x2)}" y2="${y + 2.5}" stroke="${color}" stroke-width="5"${bar.solid ? "" : ' stroke-dasharray="4 2"'}>${title}</line>`,
        );
    }
    // events: dots on the lane's lower band
    const dotsY = y0 + laneHeight - 22;
    const taken = new Map<number, number>();
    for (const e of policyEvents.filter((x) => x.country === country)) {
      const x = Math.round(t(partialDateSpan(e.date)[0]));
      const bucket = Math.round(x / 6);
      const stack = taken.get(bucket) ?? 0;
      taken.set(bucket, stack + 1);
      out.push(
        `<circle cx="${x}" cy="${dotsY - stack * 7}" r="3" fill="${EVENT_COLORS[eventGroup(e.kind)]}"><title>${esc(`${e.date} ${e.name}`)}</title></circle>`,
      );
    }
  });
  // legend
  const ly = top + laneHeight * C5.length + 22;
  out.push(
    `<line x1="${left}" y1="${ly}" x2="${left + 30}" y2="${ly}" stroke="#555" stroke-width="5"/>`,
    `<text x="${left + 36}" y="${ly + 4}">measure, start and end sourced</text>`,
    `<line x1="${left + 210}" y1="${ly}" x2="${left + 240}" y2="${ly}" stroke="#555" stroke-width="5" stroke-dasharray="4 2"/>`,
    `<text x="${left + 246}" y="${ly + 4}">start or end inferred or not known</text>`,
    `<rect x="${left + 450}" y="${ly - 3}" width="6" height="5" fill="none" stroke="#555"/>`,
    `<text x="${left + 462}" y="${ly + 4}">start that never took effect</text>`,
  );
  Object.entries({
    law: "subsoil and precious-metals laws",
    tax: "mining tax",
    takeover: "takeover, court, settlement",
    eiti: "EITI decision",
    claim: "discovery claim",
    other: "moratorium, licensing, strategy",
  }).forEach(([k, label], i) => {
    const x = left + i * 140;
    out.push(
      `<circle cx="${x + 4}" cy="${ly + 24}" r="3" fill="${EVENT_COLORS[k]}"/>`,
      `<text x="${x + 12}" y="${ly + 28}">${esc(label)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = "docs/images/measures-timeline.svg";
  const svg = measuresTimelineSvg();
  if (process.argv.includes("--check")) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== svg) {
      console.error(`Out of date: ${path}`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, svg);
    console.log(`wrote ${path}`);
  }
}

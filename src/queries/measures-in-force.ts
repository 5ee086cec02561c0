import { requireString } from "../core/guards.js";
import { addMonths, partialDateSpan, requireDay } from "../core/partial-dates.js";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { requireCountry } from "../datasets/countries.js";
import { type MeasureRecord, measures } from "../datasets/measures.js";
import { requireMineral } from "../datasets/minerals.js";

/**
 * A measure in force on the date asked, with the days that bound it.
 *
 * @category Queries
 */
export interface MeasureInForce {
  /** The measure. */
  measure: MeasureRecord;
  /** Its in-force date as recorded (to the precision the source gives). */
  since: string;
  /** The last day it applies, when known or inferred; `undefined` when it has no end. */
  until: string | undefined;
  /**
   * Where `until` comes from: `ends` (the end the act sets), `ended` (the day before it was repealed or
   * replaced, as a source says), `term` (inferred: in-force date plus the act's stated term), `open` (no end).
   */
  untilBasis: "ends" | "ended" | "term" | "open";
}

/**
 * A measure whose status on the date the sources read cannot settle, and why.
 *
 * @category Queries
 */
export interface UncertainMeasure {
  /** The measure. */
  measure: MeasureRecord;
  /** Why its status on the date is open (a missing in-force date, a month-only date that straddles the day...). */
  reason: string;
}

/**
 * The answer of {@link measuresInForce}.
 *
 * @category Queries
 */
export interface MeasuresInForce {
  /** The countries asked about, as alpha-2 codes. */
  countries: string[];
  /** The day asked about. */
  date: string;
  /** The product asked about: a mineral id or an HS code; `undefined` for every product. */
  product: { mineral: string } | { hs: string } | undefined;
  /** Measures certainly in force on the date (by the dates the sources give), by country, then date. */
  inForce: MeasureInForce[];
  /** Measures that may be in force on the date: the sources read leave it open. */
  uncertain: UncertainMeasure[];
  /** How many measures of these countries cover the product (whatever their dates). */
  considered: number;
  /** Why `inForce` is empty, when it is. */
  reason: string | undefined;
}

const HS = /^\d{4}(?:\d{2})?$/;

/** Whether a measure covers a product: a mineral id, or an HS code matched on the shorter of the two codes. */
function covers(m: MeasureRecord, product: MeasuresInForce["product"]): boolean {
  if (product === undefined) return true;
  return m.products.some((p) =>
    "mineral" in product
      ? p.allMinerals === true || (p.minerals as readonly string[]).includes(product.mineral)
      : (p.hs as readonly string[]).some((c) => c.startsWith(product.hs) || product.hs.startsWith(c)),
  );
}

/** The day before `day`. */
function dayBefore(day: string): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The day after `day`. */
function dayAfter(day: string): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The measures that end another: those that replace or repeal it, and, for a measure of a recurring
 * series whose end is not known, the later terms of the series (a renewal supersedes the term before it).
 */
function successors(): Map<string, MeasureRecord[]> {
  const map = new Map<string, MeasureRecord[]>();
  const add = (id: string, next: MeasureRecord) => {
    const list = map.get(id) ?? [];
    if (!list.includes(next)) map.set(id, [...list, next]);
  };
  for (const m of measures)
    if (m.relation !== undefined && (m.relation.kind === "replaces" || m.relation.kind === "repeals")) add(m.relation.measure, m);
  const key = (m: MeasureRecord) => m.dates.inForce ?? m.dates.plannedInForce ?? m.dates.signed ?? m.dates.reported ?? "";
  const series = new Map<string, MeasureRecord[]>();
  for (const m of measures) if (m.series !== undefined) series.set(m.series, [...(series.get(m.series) ?? []), m]);
  for (const members of series.values()) {
    const sorted = [...members].sort((a, b) => key(a).localeCompare(key(b)));
    sorted.forEach((m, i) => {
      const next = sorted[i + 1];
      const d = m.dates;
      const endKnown = d.ended !== undefined || d.ends !== undefined || (d.termMonths !== undefined && d.inForce !== undefined);
      if (next !== undefined && !endKnown) for (const later of sorted.slice(i + 1)) add(m.id, later);
    });
  }
  return map;
}

type Status = { state: "in-force"; hit: MeasureInForce } | { state: "uncertain"; reason: string } | { state: "out" };

/** A measure's status on `date`, from its own dates and from the measures that replace it. */
function statusOn(m: MeasureRecord, date: string, replacedBy: readonly MeasureRecord[] = []): Status {
  const d = m.dates;
  // two later terms signed or reported by the date: the earlier term is certainly over
  const traced = replacedBy.filter((r) => {
    const trace = r.dates.inForce ?? r.dates.signed ?? r.dates.reported;
    return trace !== undefined && partialDateSpan(trace)[1] <= date;
  });
  if (m.series !== undefined && traced.filter((r) => r.series === m.series).length >= 2) return { state: "out" };
  for (const r of replacedBy) {
    const start = r.dates.inForce;
    if (start !== undefined) {
      if (partialDateSpan(start)[1] <= date) return { state: "out" };
      continue; // not replaced yet on this date
    }
    const signed = r.dates.signed ?? r.dates.reported;
    if (signed !== undefined && partialDateSpan(signed)[1] <= date)
      return {
        state: "uncertain",
        reason: `followed by ${r.id} (dated ${signed}); the sources read do not give the day that took effect`,
      };
  }
  if (d.inForce === undefined) {
    // a planned start is recorded only when it did not take effect (postponed, or repealed first)
    if (d.plannedInForce !== undefined) return { state: "out" };
    if (d.ended !== undefined && partialDateSpan(d.ended)[1] <= date) return { state: "out" };
    if (d.ends !== undefined && partialDateSpan(d.ends)[1] < date) return { state: "out" };
    const trace = d.signed ?? d.published ?? d.reported;
    if (trace === undefined) {
      if (d.ended !== undefined && date < partialDateSpan(d.ended)[0])
        return { state: "uncertain", reason: `in force until ${d.ended} by the sources read, from a start they do not give` };
      return { state: "uncertain", reason: "the sources read give no date for it" };
    }
    if (date < partialDateSpan(trace)[0]) return { state: "out" };
    const what = d.signed !== undefined ? "signed" : d.published !== undefined ? "published" : "reported";
    return { state: "uncertain", reason: `${what} ${trace}; the sources read do not give the day it took effect` };
  }
  const [s0, s1] = partialDateSpan(d.inForce);
  // the last day it is certainly in force, and the first day it is certainly not
  let lastSure: string | undefined;
  let outFrom: string | undefined;
  let untilBasis: MeasureInForce["untilBasis"] = "open";
  if (d.ended !== undefined) {
    const [e0, e1] = partialDateSpan(d.ended);
    [lastSure, outFrom, untilBasis] = [dayBefore(e0), e1, "ended"];
  } else if (d.ends !== undefined) {
    const [e0, e1] = partialDateSpan(d.ends);
    [lastSure, outFrom, untilBasis] = [e0 === e1 ? e0 : dayBefore(e0), dayAfter(e1), "ends"];
  } else if (d.termMonths !== undefined) {
    [lastSure, outFrom, untilBasis] = [dayBefore(addMonths(s0, d.termMonths)), addMonths(s1, d.termMonths), "term"];
  }
  if (date < s0 || (outFrom !== undefined && date >= outFrom)) return { state: "out" };
  if (date < s1)
    return { state: "uncertain", reason: `in force from ${d.inForce}; the source gives no day, so the date may fall before it` };
  if (lastSure !== undefined && date > lastSure)
    return {
      state: "uncertain",
      reason:
        untilBasis === "term"
          ? `its ${d.termMonths}-month term from ${d.inForce} ends on a day the sources do not give exactly`
          : `it ended (${d.ended ?? d.ends}) on a day the sources do not give exactly`,
    };
  const until = outFrom === undefined ? undefined : dayBefore(outFrom);
  return { state: "in-force", hit: { measure: m, since: d.inForce, until, untilBasis } };
}

/**
 * The export and investment measures of one or more C5 states in force on a date, optionally for one
 * product: a mineral (id or name, any case) or an HS 2022 code (4 or 6 digits; a heading matches its
 * subheadings and the reverse). A measure counts as in force from its in-force date until the day before it
 * was repealed or replaced, until the last day its act sets, or, for a temporary measure with a stated term
 * and no known end, until the term runs out (`untilBasis: "term"`, an inference). A start that never took
 * effect (a postponed ban) is never in force. Where the sources leave the status open (no in-force date, a
 * month-only date that straddles the day), the measure is listed in `uncertain` with the reason.
 *
 * @category Queries
 * @example
 * ```ts
 * import { measuresInForce } from "c5-minerals/measures";
 * measuresInForce("Kazakhstan", "2024-06-01", "copper").inForce.map((h) => h.measure.id);
 * // ["kz-subsoil-code-state-priority-right", "kz-2024-scrap-export-ban"]
 * measuresInForce("KG", "2023-06-01", "gold").inForce.length; // 0 (the gold-ore ban never took effect)
 * ```
 */
export function measuresInForce(country: string | readonly string[], date: string, product?: string): MeasuresInForce {
  const list = typeof country === "string" ? [country] : country;
  if (!Array.isArray(list) || list.length === 0)
    throw new TypeError("country must be a country code or name, or a non-empty array of them");
  const codes = [
    ...new Set(list.map((c, i) => requireCountry(c, typeof country === "string" ? "country" : `country[${i}]`).alpha2 as string)),
  ];
  const day = requireDay(date, "date");
  let wanted: MeasuresInForce["product"];
  if (product !== undefined) {
    const p = requireString(product, "product").trim();
    wanted = HS.test(p) ? { hs: p } : { mineral: requireMineral(p, "product").id };
  }
  const replaced = successors();
  const candidates = measures.filter((m) => codes.includes(m.country) && covers(m, wanted));
  const inForce: MeasureInForce[] = [];
  const uncertain: UncertainMeasure[] = [];
  for (const m of candidates) {
    const s = statusOn(m, day, replaced.get(m.id));
    if (s.state === "in-force") inForce.push(s.hit);
    else if (s.state === "uncertain") uncertain.push({ measure: m, reason: s.reason });
  }
  const order = (a: MeasureRecord, b: MeasureRecord) => codes.indexOf(a.country) - codes.indexOf(b.country);
  inForce.sort(
    (a, b) => order(a.measure, b.measure) || a.since.localeCompare(b.since) || a.measure.id.localeCompare(b.measure.id),
  );
  uncertain.sort((a, b) => order(a.measure, b.measure) || a.measure.id.localeCompare(b.measure.id));
  const c5 = new Set<string>(C5_COUNTRY_CODES);
  const reason =
    inForce.length > 0
      ? undefined
      : codes.every((c) => !c5.has(c))
        ? "Measures are recorded for the C5 states only"
        : candidates.length === 0
          ? `No measure of ${codes.join(", ")} covering this product is recorded`
          : `None of the ${candidates.length} recorded measures covering this product is certainly in force on ${day}`;
  return { countries: codes, date: day, product: wanted, inForce, uncertain, considered: candidates.length, reason };
}

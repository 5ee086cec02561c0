import { optional, requireBoolean, requireOptions } from "../core/guards.js";
import { partialDateSpan, requirePartialDate } from "../core/partial-dates.js";
import { C5_COUNTRY_CODES } from "../core/vocabulary.js";
import { requireCountry } from "../datasets/countries.js";
import { type MeasureRecord, measures, type PolicyEventRecord, policyEvents } from "../datasets/measures.js";
import { requireMineral } from "../datasets/minerals.js";

/**
 * Options for {@link policyTimeline}; all optional.
 *
 * @category Queries
 */
export interface PolicyTimelineOptions {
  /** Only entries concerning this mineral (id or name, any case). */
  mineral?: string;
  /** With a mineral: keep events and measures that concern the whole sector (no mineral named; default true). */
  sectorWide?: boolean;
  /** First date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  /** Last date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD). */
  to?: string;
}

/**
 * One dated step on a policy timeline: a measure signed, taking effect or ending, or a policy event.
 *
 * @category Queries
 */
export interface PolicyTimelineEntry {
  /** The date, to the precision the source gives. */
  date: string;
  /**
   * What happened on it. For measures: `signed`, `published`, `in-force`, `planned-start` (a start that did
   * not take effect), `scheduled-end` (the end the act sets), `ended`, `reported` (the date of the only report).
   * For events: the event's own `dateIs`, or `in-force` and `ended`.
   */
  step: string;
  /** Whether the entry is a measure or a policy event. */
  type: "measure" | "event";
  /** The measure's or event's id. */
  id: string;
  /** The measure's or event's kind. */
  kind: string;
  /** The measure's or event's name. */
  name: string;
  /** Whether it concerns the whole mining sector rather than named minerals. */
  sectorWide: boolean;
}

/**
 * The answer of {@link policyTimeline}.
 *
 * @category Queries
 */
export interface PolicyTimeline {
  /** The country, as its alpha-2 code. */
  country: string;
  /** The mineral id asked about, if any. */
  mineral: string | undefined;
  /** The dated steps, oldest first. */
  entries: PolicyTimelineEntry[];
  /** Why `entries` is empty, when it is. */
  reason: string | undefined;
}

const MEASURE_STEPS = [
  ["signed", "signed"],
  ["published", "published"],
  ["inForce", "in-force"],
  ["plannedInForce", "planned-start"],
  ["ends", "scheduled-end"],
  ["ended", "ended"],
  ["reported", "reported"],
] as const;

/**
 * A country's policy timeline: every dated step of its measures (signed, published, in force, ended) and
 * its laws and policy events (subsoil codes, tax changes, takeovers, settlements, EITI decisions), oldest
 * first, optionally for one mineral and a date range. With a mineral, entries that concern the whole sector
 * (a subsoil code, an EITI decision) stay unless `sectorWide` is false; each entry says which it is.
 *
 * @category Queries
 * @example
 * ```ts
 * import { policyTimeline } from "c5-minerals/measures";
 * const t = policyTimeline("Kyrgyzstan", { mineral: "gold", sectorWide: false, from: "2021", to: "2022" });
 * t.entries.map((e) => `${e.date} ${e.step} ${e.id}`)[0]; // "2021-05 signed kg-2021-05-external-management-law"
 * ```
 */
export function policyTimeline(country: string, options: PolicyTimelineOptions = {}): PolicyTimeline {
  const code = requireCountry(country, "country").alpha2 as string;
  const o = requireOptions<PolicyTimelineOptions>(options, "options", ["mineral", "sectorWide", "from", "to"]);
  const mineral = optional(o.mineral, "options.mineral", (v, n) => requireMineral(v, n).id as string);
  const sectorWide = optional(o.sectorWide, "options.sectorWide", requireBoolean) ?? true;
  const from = optional(o.from, "options.from", requirePartialDate);
  const to = optional(o.to, "options.to", requirePartialDate);
  if (from !== undefined && to !== undefined && partialDateSpan(to)[1] < partialDateSpan(from)[0])
    throw new RangeError(`options.to (${to}) is before options.from (${from})`);
  const first = from === undefined ? undefined : partialDateSpan(from)[0];
  const last = to === undefined ? undefined : partialDateSpan(to)[1];
  const inWindow = (date: string) =>
    (first === undefined || partialDateSpan(date)[1] >= first) && (last === undefined || partialDateSpan(date)[0] <= last);

  const measureWide = (m: MeasureRecord) => m.products.every((p) => p.allMinerals === true);
  const measureWanted = (m: MeasureRecord) =>
    mineral === undefined ||
    m.products.some((p) => (p.minerals as readonly string[]).includes(mineral)) ||
    (sectorWide && measureWide(m));
  const eventWanted = (e: PolicyEventRecord) =>
    mineral === undefined || (e.minerals as readonly string[]).includes(mineral) || (sectorWide && e.minerals.length === 0);

  const entries: PolicyTimelineEntry[] = [];
  for (const m of measures) {
    if (m.country !== code || !measureWanted(m)) continue;
    for (const [field, step] of MEASURE_STEPS) {
      const date = m.dates[field];
      if (date !== undefined)
        entries.push({ date, step, type: "measure", id: m.id, kind: m.kind, name: m.name, sectorWide: measureWide(m) });
    }
  }
  for (const e of policyEvents) {
    if (e.country !== code || !eventWanted(e)) continue;
    const base = { type: "event" as const, id: e.id, kind: e.kind, name: e.name, sectorWide: e.minerals.length === 0 };
    entries.push({ ...base, date: e.date, step: e.dateIs });
    if (e.inForce !== undefined && e.inForce !== e.date) entries.push({ ...base, date: e.inForce, step: "in-force" });
    if (e.ended !== undefined) entries.push({ ...base, date: e.ended, step: "ended" });
  }
  const sorted = entries
    .filter((x) => inWindow(x.date))
    .sort((a, b) => partialDateSpan(a.date)[0].localeCompare(partialDateSpan(b.date)[0]) || a.id.localeCompare(b.id));
  const c5 = (C5_COUNTRY_CODES as readonly string[]).includes(code);
  const reason =
    sorted.length > 0
      ? undefined
      : !c5
        ? "Measures and policy events are recorded for the C5 states only"
        : "No recorded measure or policy event of this country matches the mineral and dates";
  return { country: code, mineral, entries: sorted, reason };
}

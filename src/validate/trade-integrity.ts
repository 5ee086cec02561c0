import type { DeepReadonly } from "../core/freeze.js";
import type { Country } from "../schemas/country.js";
import type { HsCode } from "../schemas/hs-code.js";
import type { Mineral } from "../schemas/mineral.js";
import type { Source } from "../schemas/source.js";
import type { TradeFlow } from "../schemas/trade-flow.js";
import type { IntegrityIssue } from "./integrity.js";
import { issueRecorder } from "./issue-recorder.js";

/**
 * Checks the HS crosswalk against the other collections: each code appears once, every mineral and
 * source exists, and every mineral of the vocabulary has at least one code unless `uncoded` names it.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkHsCodes } from "c5-minerals/validate";
 * checkHsCodes([], { sources: [], minerals: [] }); // []
 * ```
 */
export function checkHsCodes(
  codes: readonly DeepReadonly<HsCode>[],
  against: { sources: readonly DeepReadonly<Source>[]; minerals: readonly DeepReadonly<Mineral>[] },
): IntegrityIssue[] {
  if (!Array.isArray(codes as unknown)) throw new TypeError("codes must be an array of HsCode records");
  if (typeof against !== "object" || against === null) throw new TypeError("against must be an object");
  if (!Array.isArray(against.sources) || !Array.isArray(against.minerals))
    throw new TypeError("against.sources and against.minerals must be arrays");
  const r = issueRecorder();
  const sources = new Set(against.sources.map((s) => s.id));
  const minerals = new Set(against.minerals.map((m) => m.id));
  r.ids("hsCodes", codes, (c) => c.code);
  const covered = new Set<string>();
  codes.forEach((c, i) => {
    r.ref(sources, "source", `hsCodes[${i}].source`, c.source);
    c.minerals.forEach((m, j) => {
      r.ref(minerals, "mineral", `hsCodes[${i}].minerals[${j}].mineral`, m.mineral);
      covered.add(m.mineral);
    });
  });
  if (codes.length > 0) {
    for (const m of against.minerals) {
      if (!covered.has(m.id)) r.add(`minerals.${m.id}`, `Mineral '${m.id}' has no HS code in the crosswalk`);
    }
  }
  return r.issues;
}

/**
 * Checks trade flows against the other collections: ids are unique; the reporter, a country partner, the
 * mineral, the source and the HS code exist; a flow's mineral is one its HS code covers; and the shares of
 * one statement (same reporter, direction, mineral, year, source and measure) add up to at most 100 %.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkTradeFlows } from "c5-minerals/validate";
 * checkTradeFlows([], { sources: [], countries: [], minerals: [], hsCodes: [] }); // []
 * ```
 */
export function checkTradeFlows(
  flows: readonly DeepReadonly<TradeFlow>[],
  against: {
    sources: readonly DeepReadonly<Source>[];
    countries: readonly DeepReadonly<Country>[];
    minerals: readonly DeepReadonly<Mineral>[];
    hsCodes: readonly DeepReadonly<HsCode>[];
  },
): IntegrityIssue[] {
  if (!Array.isArray(flows as unknown)) throw new TypeError("flows must be an array of TradeFlow records");
  if (typeof against !== "object" || against === null) throw new TypeError("against must be an object");
  for (const key of ["sources", "countries", "minerals", "hsCodes"] as const)
    if (!Array.isArray(against[key])) throw new TypeError(`against.${key} must be an array`);
  const r = issueRecorder();
  const sources = new Set(against.sources.map((s) => s.id));
  const countries = new Set(against.countries.map((c) => c.alpha2));
  const minerals = new Set(against.minerals.map((m) => m.id));
  const codes = new Map(against.hsCodes.map((c) => [c.code, c]));
  r.ids("tradeFlows", flows, (f) => f.id);
  const sums = new Map<string, { total: number; rounding: number; first: number }>();
  flows.forEach((f, i) => {
    const at = `tradeFlows[${i}]`;
    r.ref(countries, "country", `${at}.reporter`, f.reporter);
    if (/^[A-Z]{2}$/.test(f.partner) && f.partner !== "EU") r.ref(countries, "country", `${at}.partner`, f.partner);
    r.ref(sources, "source", `${at}.source`, f.source);
    if (f.mineral !== undefined) r.ref(minerals, "mineral", `${at}.mineral`, f.mineral);
    if (f.hsCode !== undefined) {
      const code = codes.get(f.hsCode);
      if (code === undefined) r.add(`${at}.hsCode`, `HS code '${f.hsCode}' is not in the crosswalk`);
      else if (f.mineral !== undefined && !code.minerals.some((m) => m.mineral === f.mineral))
        r.add(`${at}.mineral`, `HS code '${f.hsCode}' does not cover mineral '${f.mineral}'`);
    }
    if (f.share !== undefined) {
      const key = [f.reporter, f.direction, f.mineral ?? f.hsCode, f.year, f.source, f.measure].join("|");
      const sum = sums.get(key) ?? { total: 0, rounding: 0, first: i };
      sum.total += f.share;
      sum.rounding += halfLastDigit(f.share);
      sums.set(key, sum);
    }
  });
  // Printed shares are rounded: each may be off by half its last digit, so "36, 24, 17, 9, 8, 4, 4" (102)
  // is a whole statement, while shares that exceed 100 % by more than their rounding are an error.
  for (const [key, { total, rounding, first }] of sums)
    if (total > 100 + rounding + 1e-9)
      r.add(
        `tradeFlows[${first}]`,
        `Shares of one statement add up to ${total} %, more than 100 % and its rounding allow (${key.split("|").slice(0, 5).join(", ")})`,
      );
  return r.issues;
}

/** Half a unit of a printed share's last digit: 0.5 for 36, 0.05 for 22.1. */
function halfLastDigit(share: number): number {
  const decimals = (String(share).split(".")[1] ?? "").length;
  return 0.5 * 10 ** -decimals;
}

// Internal: groups trade flows into statements (one source's figures for one reporter, direction, mineral,
// year and measure), the unit every trade query reads. Not exported from the package.

import type { DeepReadonly } from "../core/freeze.js";
import { requireOptions } from "../core/guards.js";
import { hsCodes } from "../datasets/hs-codes.js";
import { requireMineral } from "../datasets/minerals.js";
import { tradeFlows } from "../datasets/trade-flows.js";
import type { TradeFlow } from "../schemas/trade-flow.js";

/** A flow as the queries read it: a shipped record or one an importer produced. */
export type Flow = DeepReadonly<TradeFlow>;

/** One partner's part of a statement. */
export interface StatementPart {
  /** The partner code (ISO alpha-2, `EU`, `REGION`, `OTHER`). */
  readonly partner: string;
  /** The partner as the source names it, when it does. */
  readonly partnerLabel?: string;
  /** Percent of the statement's total: stated, or computed from values (or, failing those, quantities) when the source gives no shares. */
  readonly share: number;
  /** True when `share` was computed from the flows' values (BACI) or quantities, not stated by the source. */
  readonly computed: boolean;
  /** The flow behind the part. */
  readonly flow: Flow;
}

/** One source's figures for one reporter, direction, mineral, year and measure. */
export interface Statement {
  readonly reporter: string;
  readonly direction: "export" | "import";
  readonly year: number;
  /** The months covered, when the source gives less than the year (`YYYY-MM` or `YYYY-MM/YYYY-MM`). */
  readonly period?: string;
  readonly source: string;
  readonly edition?: string;
  readonly basis: Flow["basis"];
  /** What the shares are of, in words. */
  readonly measure: string;
  /** Partners, largest share first. */
  readonly parts: readonly StatementPart[];
  /** Sum of the listed shares, in percent (at most 100). */
  readonly coverage: number;
  /** Set when a flow counts under a shared HS code: the codes and what else they cover. */
  readonly warning?: string;
}

/** Resolves the optional `flows` option: the shipped flows, or an array the caller passes. */
export function flowsOption(
  options: unknown,
  name: string,
  keys: readonly string[],
): { flows: readonly Flow[]; rest: Record<string, unknown> } {
  const opts = requireOptions<Record<string, unknown>>(options, name, [...keys, "flows"]);
  const flows = opts.flows;
  if (flows !== undefined && !Array.isArray(flows)) throw new TypeError(`${name}.flows must be an array of TradeFlow records`);
  return { flows: (flows as readonly Flow[] | undefined) ?? tradeFlows, rest: opts };
}

/** The mineral a flow counts for: its own mineral, or every mineral its HS code covers. */
function coversMineral(flow: Flow, mineral: string): { yes: boolean; shared?: string } {
  if (flow.mineral !== undefined) return { yes: flow.mineral === mineral };
  const code = hsCodes.find((c) => c.code === flow.hsCode);
  if (code === undefined || !code.minerals.some((m) => m.mineral === mineral)) return { yes: false };
  const others = code.minerals.length > 1 || code.alsoCovers !== undefined;
  return others ? { yes: true, shared: code.code } : { yes: true };
}

/** Groups the flows of a mineral (id or name) that pass `keep` into statements, newest year first. */
export function statementsOf(
  flows: readonly Flow[],
  mineralArg: unknown,
  name: string,
  keep: (f: Flow) => boolean,
): { mineral: string; statements: Statement[] } {
  const mineral = requireMineral(mineralArg, name).id;
  const groups = new Map<string, { flows: Flow[]; shared: Set<string> }>();
  for (const f of flows) {
    if (!keep(f)) continue;
    const covered = coversMineral(f, mineral);
    if (!covered.yes) continue;
    const key = [f.reporter, f.direction, f.year, f.period ?? "", f.source, f.edition ?? "", f.measure].join("|");
    const group = groups.get(key) ?? { flows: [], shared: new Set<string>() };
    group.flows.push(f);
    if (covered.shared !== undefined) group.shared.add(covered.shared);
    groups.set(key, group);
  }
  const statements: Statement[] = [];
  for (const { flows: group, shared } of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const stated = group.filter((f) => f.share !== undefined);
    let parts: StatementPart[];
    if (stated.length > 0) {
      parts = stated.map((f) => part(f, f.share ?? 0, false));
    } else if (group.some((f) => f.value !== undefined)) {
      const valued = group.filter((f) => f.value !== undefined);
      const total = valued.reduce((s, f) => s + (f.value?.amount ?? 0) * scale(f), 0);
      parts = total > 0 ? valued.map((f) => part(f, ((f.value?.amount ?? 0) * scale(f) * 100) / total, true)) : [];
    } else {
      parts = fromQuantities(group);
    }
    parts.sort((a, b) => b.share - a.share || a.partner.localeCompare(b.partner));
    const coverage = Math.min(
      100,
      parts.reduce((s, p) => s + p.share, 0),
    );
    statements.push(
      Object.freeze({
        reporter: first.reporter,
        direction: first.direction,
        year: first.year,
        ...(first.period === undefined ? {} : { period: first.period }),
        source: first.source,
        ...(first.edition === undefined ? {} : { edition: first.edition }),
        basis: first.basis,
        measure: first.measure,
        parts: Object.freeze(parts),
        coverage: round(coverage),
        ...(shared.size === 0
          ? {}
          : { warning: `HS ${[...shared].sort().join(", ")} also cover(s) other goods; these shares are not ${mineral} alone` }),
      }),
    );
  }
  statements.sort((a, b) => b.year - a.year || a.source.localeCompare(b.source));
  return { mineral, statements };
}

/**
 * Shares computed from quantities, when a statement gives volumes only: of the total the flows print when they
 * all print the same one in their unit, else of the listed quantities' sum. Quantities in different units give
 * no shares.
 */
function fromQuantities(group: readonly Flow[]): StatementPart[] {
  const counted = group.filter((f) => f.quantity !== undefined);
  const unit = counted[0]?.quantity?.unit;
  if (unit === undefined || counted.some((f) => f.quantity?.unit !== unit)) return [];
  const totals = new Set(counted.map((f) => (f.total?.unit === unit ? f.total.amount : undefined)));
  const [stated] = totals;
  const sum = counted.reduce((s, f) => s + (f.quantity?.amount ?? 0), 0);
  const total = totals.size === 1 && stated !== undefined && stated >= sum ? stated : sum;
  return total > 0 ? counted.map((f) => part(f, ((f.quantity?.amount ?? 0) * 100) / total, true)) : [];
}

function scale(f: Flow): number {
  return f.value?.scale === "million" ? 1e6 : f.value?.scale === "thousand" ? 1e3 : 1;
}

function part(flow: Flow, share: number, computed: boolean): StatementPart {
  return Object.freeze({
    partner: flow.partner,
    ...(flow.partnerLabel === undefined ? {} : { partnerLabel: flow.partnerLabel }),
    share: round(share),
    computed,
    flow,
  });
}

/** Rounds to 4 decimals, so sums of printed percents compare exactly. */
export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

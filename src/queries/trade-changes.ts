import type { DeepReadonly } from "../core/freeze.js";
import { requireOneOf } from "../core/resolve.js";
import { requireCountry } from "../datasets/countries.js";
import type { TradeFlow } from "../schemas/trade-flow.js";
import { flowsOption, round, statementsOf } from "./trade-statements.js";

/**
 * One year of a partner's share, with the change from the previous year of the same series.
 *
 * @category Trade
 */
export interface SharePoint {
  readonly year: number;
  readonly source: string;
  /** The partner's share of the statement's total, in percent; 0 when the statement lists others but not it. */
  readonly share: number;
  /** False when the statement does not list the partner (its share is then at most what the list leaves). */
  readonly listed: boolean;
  /** Change from the previous point in percentage points; absent on the first point. */
  readonly change?: number;
}

/**
 * A series of a partner's share in one reporter's trade of a mineral.
 *
 * @category Trade
 */
export interface ShareSeries {
  readonly reporter: string;
  readonly partner: string;
  readonly mineral: string;
  readonly direction: "export" | "import";
  /** The measure the series follows: only statements with the same wording and basis are compared. */
  readonly measure: string | null;
  /** Oldest first. */
  readonly points: readonly SharePoint[];
  /** Why `points` is empty, when it is. */
  readonly reason?: string;
}

/**
 * How a partner's share in a country's trade of a mineral changed across years: the statements of one
 * measure (the most recent one's wording, so different measures are never mixed), oldest first, each with
 * the change in percentage points from the year before.
 *
 * @category Trade
 * @example
 * ```ts
 * import { shareChanges } from "c5-minerals/trade";
 * // Kazakhstan's share of the uranium US reactor owners and operators bought, per the EIA
 * shareChanges("US", "KZ", "uranium", "import").points.map((p) => [p.year, p.share, p.change ?? null]); // [[2020, 22.1, null], [2021, 35, 12.9], [2022, 25, -10], [2023, 22, -3], [2024, 24, 2]]
 * ```
 */
export function shareChanges(
  reporter: string,
  partner: string,
  mineral: string,
  direction: "export" | "import",
  options?: { readonly flows?: readonly DeepReadonly<TradeFlow>[] },
): ShareSeries {
  const rep = requireCountry(reporter, "reporter").alpha2;
  const par = requireCountry(partner, "partner").alpha2;
  const dir = requireOneOf(direction, "direction", ["export", "import"] as const);
  const { flows } = flowsOption(options, "options", []);
  const { mineral: id, statements } = statementsOf(flows, mineral, "mineral", (f) => f.reporter === rep && f.direction === dir);
  const latest = statements[0];
  if (latest === undefined)
    return Object.freeze({
      reporter: rep,
      partner: par,
      mineral: id,
      direction: dir,
      measure: null,
      points: Object.freeze([]),
      reason: `No statement of ${rep}'s ${id} ${dir}s by partner in the data read`,
    });
  const same = statements.filter((s) => s.measure === latest.measure && s.basis === latest.basis).reverse();
  const points: SharePoint[] = [];
  for (const s of same) {
    const p = s.parts.find((x) => x.partner === par);
    const share = p?.share ?? 0;
    const previous = points.at(-1);
    points.push(
      Object.freeze({
        year: s.year,
        source: s.source,
        share,
        listed: p !== undefined,
        ...(previous === undefined ? {} : { change: round(share - previous.share) }),
      }),
    );
  }
  return Object.freeze({
    reporter: rep,
    partner: par,
    mineral: id,
    direction: dir,
    measure: latest.measure,
    points: Object.freeze(points),
  });
}

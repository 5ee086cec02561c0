import { requireOptions, requireString } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { type HsCodeRecord, hsCodes } from "../datasets/hs-codes.js";
import { type MineralId, requireMineral } from "../datasets/minerals.js";
import type { HsStage } from "../schemas/hs-code.js";

/**
 * The stages of the HS crosswalk, in value-chain order.
 *
 * @category Trade
 * @example
 * ```ts
 * import { HS_STAGES } from "c5-minerals/trade";
 * HS_STAGES[0]; // "ore-and-concentrate"
 * ```
 */
export const HS_STAGES: readonly HsStage[] = Object.freeze([
  "ore-and-concentrate",
  "intermediate",
  "metal",
  "compound",
  "scrap",
  "fuel",
  "product",
] as const);

/**
 * One HS code of a mineral, with what else the code covers.
 *
 * @category Trade
 */
export interface MineralHsCode {
  /** The six-digit subheading. */
  readonly code: string;
  /** The stage the code stands for, for this mineral. */
  readonly stage: HsStage;
  /** The code's label as the HS table prints it. */
  readonly description: string;
  /** True when the code also covers another mineral of the vocabulary (a sum over it counts both). */
  readonly shared: boolean;
  /** The other minerals of the vocabulary under the same code. */
  readonly sharedWith: readonly MineralId[];
  /** What the code also covers outside the vocabulary, when anything. */
  readonly alsoCovers?: string;
}

/**
 * The HS codes of a mineral.
 *
 * @category Trade
 */
export interface MineralHsCodes {
  /** The mineral asked for. */
  readonly mineral: MineralId;
  /** Its codes in code order (only the stage asked for, when one was). */
  readonly codes: readonly MineralHsCode[];
  /** A warning when a code is shared or covers more than the mineral; absent otherwise. */
  readonly warning?: string;
}

function entry(record: HsCodeRecord, mineral: MineralId, stage: HsStage): MineralHsCode {
  const sharedWith: MineralId[] = record.minerals.map((m) => m.mineral as MineralId).filter((m) => m !== mineral);
  return Object.freeze({
    code: record.code,
    stage,
    description: record.description,
    shared: sharedWith.length > 0,
    sharedWith: Object.freeze(sharedWith),
    ...(record.alsoCovers === undefined ? {} : { alsoCovers: record.alsoCovers }),
  });
}

/**
 * The HS 2022 six-digit codes a mineral (id or name, any case) is traded under, optionally only at one
 * stage. Codes shared with other minerals say so, and the result carries a warning then: summing trade
 * over a shared code counts the other minerals too.
 *
 * @category Trade
 * @example
 * ```ts
 * import { hsCodesOf } from "c5-minerals/trade";
 * hsCodesOf("chromium", { stage: "ore-and-concentrate" }).codes.map((c) => c.code); // ["261000"]
 * hsCodesOf("Neodymium").codes.find((c) => c.stage === "metal")?.shared; // true
 * ```
 */
export function hsCodesOf(mineral: string, options?: { stage?: HsStage }): MineralHsCodes {
  const id = requireMineral(mineral, "mineral").id as MineralId;
  const opts = requireOptions<{ stage?: unknown }>(options, "options", ["stage"]);
  const stage = opts.stage === undefined ? undefined : requireOneOf(opts.stage, "options.stage", HS_STAGES);
  const codes = hsCodes.flatMap((r) =>
    r.minerals.filter((m) => m.mineral === id && (stage === undefined || m.stage === stage)).map((m) => entry(r, id, m.stage)),
  );
  const shared = codes.filter((c) => c.shared || c.alsoCovers !== undefined).map((c) => c.code);
  return Object.freeze({
    mineral: id,
    codes: Object.freeze(codes),
    ...(shared.length === 0
      ? {}
      : { warning: `Code(s) ${shared.join(", ")} also cover other goods; trade summed over them is not ${id} alone` }),
  });
}

/**
 * What an HS code or heading covers: the codes of the crosswalk that start with it.
 *
 * @category Trade
 */
export interface HsCodeMatches {
  /** The code asked for, digits only. */
  readonly query: string;
  /** The crosswalk's codes under it, in code order. */
  readonly codes: readonly HsCodeRecord[];
  /** Why `codes` is empty (the code maps to no mineral of the package); absent otherwise. */
  readonly reason?: string;
}

/**
 * The minerals behind an HS code: a six-digit subheading (`"261000"` or `"2610.00"`), a four-digit heading
 * (`"8112"`) or a two-digit chapter (`"26"`); every crosswalk record under it, with its minerals and stages.
 * A code of another shape is a RangeError; a well-formed code the crosswalk does not map gives no codes
 * and a `reason`.
 *
 * @category Trade
 * @example
 * ```ts
 * import { mineralsOfHsCode } from "c5-minerals/trade";
 * mineralsOfHsCode("2610.00").codes[0]?.minerals.map((m) => m.mineral); // ["chromium"]
 * mineralsOfHsCode("811292").codes[0]?.minerals.length; // 5
 * mineralsOfHsCode("0101").reason; // "No mineral of the package is traded under HS 0101"
 * ```
 */
export function mineralsOfHsCode(code: string): HsCodeMatches {
  const text = requireString(code, "code").trim();
  if (!/^\d{2}(?:\d{2}(?:\.?\d{2})?)?$/.test(text))
    throw new RangeError(`code must be an HS chapter, heading or subheading such as '26', '2610' or '2610.00', got '${code}'`);
  const query = text.replace(".", "");
  const codes = hsCodes.filter((r) => r.code.startsWith(query));
  return Object.freeze({
    query,
    codes: Object.freeze(codes),
    ...(codes.length === 0 ? { reason: `No mineral of the package is traded under HS ${query}` } : {}),
  });
}

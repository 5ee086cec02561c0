import { deepFreeze } from "../core/freeze.js";
import type { CountryCode } from "./countries.js";
import { type TradeFlowLiteral, tradeFlowsRecords } from "./generated/tradeFlows.js";
import type { MineralId } from "./minerals.js";

/**
 * Trade flows the package ships: shares or volumes of C5 mineral trade by partner as a government, a
 * statistics office, an agency or a producer states them (for example the US EIA's shares of uranium
 * delivered to US reactor owners and operators by origin country, a producer's sales by market). Each
 * record keeps its source, year, edition and the wording of its measure; competing figures are kept side
 * by side. Deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { tradeFlows } from "c5-minerals/trade";
 * tradeFlows.find((f) => f.id === "eia-umar-2023-uranium-origin-kz")?.share; // 22
 * ```
 */
// scripts/generate.ts has checked that every record's countries and mineral exist, hence the narrowing.
export const tradeFlows = deepFreeze(tradeFlowsRecords) as readonly TradeFlowRecord[];

/**
 * A trade flow of the dataset; its reporter and mineral are ids of the package's datasets.
 *
 * @category Datasets
 */
export type TradeFlowRecord = TradeFlowLiteral & { readonly reporter: CountryCode; readonly mineral?: MineralId };

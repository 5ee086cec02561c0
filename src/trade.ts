/**
 * Where the minerals go: the HS 2022 crosswalk between minerals and trade codes, sourced statements of
 * trade flows (a producer's sales by market, US purchases of uranium by origin, an importer's suppliers), and
 * queries on buyers, their concentration, the share going to China, Russia, the EU and the US, and how
 * shares changed across years. The BACI importer is at `c5-minerals/baci`.
 *
 * @module trade
 */
export { type HsCodeRecord, hsCodes } from "./datasets/hs-codes.js";
export { type TradeFlowRecord, tradeFlows } from "./datasets/trade-flows.js";
export {
  type BlocShares,
  type BuyerConcentration,
  type Buyers,
  blocShares,
  buyerConcentration,
  buyersOf,
  type Statement,
  type StatementPart,
  type SupplierShare,
  suppliedBy,
  TRADE_BLOCS,
  type TradeQueryOptions,
} from "./queries/trade-buyers.js";
export { type SharePoint, type ShareSeries, shareChanges } from "./queries/trade-changes.js";
export { exportDestinations, type MineralDestinations } from "./queries/trade-destinations.js";
export {
  HS_STAGES,
  type HsCodeMatches,
  hsCodesOf,
  type MineralHsCode,
  type MineralHsCodes,
  mineralsOfHsCode,
} from "./queries/trade-hs-codes.js";

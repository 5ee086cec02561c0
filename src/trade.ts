/**
 * Where the minerals go: the HS 2022 crosswalk between minerals and trade codes, sourced statements of
 * trade flows (a producer's sales by region, a statistics office's exports by partner, US purchases of
 * uranium by origin), and queries on buyers, their concentration and the share going to each bloc.
 *
 * @module trade
 */
export { type HsCodeRecord, hsCodes } from "./datasets/hs-codes.js";
export {
  HS_STAGES,
  type HsCodeMatches,
  hsCodesOf,
  type MineralHsCode,
  type MineralHsCodes,
  mineralsOfHsCode,
} from "./queries/trade-hs-codes.js";

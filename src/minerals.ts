/**
 * The controlled vocabulary of mineral commodities that lists and figures point at, and the element table.
 *
 * @module minerals
 */
export {
  elements,
  getMineral,
  getMineralOrThrow,
  type MineralId,
  type MineralRecord,
  minerals,
  mineralsByTariffCode,
} from "./datasets/minerals.js";

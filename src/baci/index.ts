/**
 * The importer of CEPII's BACI bilateral trade tables: streams a yearly file in bounded memory and keeps the
 * flows of the C5 under the HS crosswalk's codes as validated `TradeFlow` records. Node only (it reads files);
 * loads zod to validate.
 *
 * @module baci
 */
export {
  type BaciCountry,
  type BaciImport,
  type BaciImportOptions,
  type BaciRefusedRow,
  importBaci,
  parseBaciCountryCodes,
} from "./import.js";

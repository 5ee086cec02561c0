import { type DeepReadonly, deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { foldName, lazyIndex } from "../core/index-by.js";
import { unknownValue } from "../core/resolve.js";
import type { TariffCode } from "../schemas/mineral.js";
import { elementRecords } from "./generated/elements.js";
import { type MineralLiteral, mineralsRecords } from "./generated/minerals.js";

/**
 * All minerals, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { minerals } from "c5-minerals/minerals";
 * minerals.find((m) => m.id === "rare-earths")?.members?.length; // 17
 * ```
 */
export const minerals: readonly MineralLiteral[] = deepFreeze(mineralsRecords);

/**
 * The chemical elements (symbol, name, atomic number), deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { elements } from "c5-minerals/minerals";
 * elements.find((e) => e.symbol === "W")?.name; // "Tungsten"
 * ```
 */
export const elements = deepFreeze(elementRecords);

/**
 * A mineral record of the dataset.
 *
 * @category Datasets
 */
export type MineralRecord = MineralLiteral;
/**
 * The id of a mineral in the dataset.
 *
 * @category Datasets
 */
export type MineralId = MineralRecord["id"];

const byId = lazyIndex<MineralRecord>(minerals, (m) => [m.id]);
const byName = lazyIndex<MineralRecord>(minerals, (m) => [m.id, m.name, ...m.aliases].map(foldName));

/**
 * Finds a mineral by id, name or alias (case- and accent-insensitive); `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getMineral } from "c5-minerals/minerals";
 * getMineral("chromium").symbols; // ["Cr"]
 * getMineral("Aluminium")?.id; // "aluminum"
 * ```
 */
export function getMineral<I extends MineralId>(id: I): KeyedRecord<MineralRecord, "id", I>;
export function getMineral(idOrName: string): MineralRecord | undefined;
export function getMineral(idOrName: string): MineralRecord | undefined {
  const key = requireString(idOrName, "idOrName").trim();
  if (key.length > 300) return undefined;
  return byId(key) ?? byName(foldName(key)) ?? byId(key.toLowerCase());
}

/**
 * Like {@link getMineral}, but throws an error naming the input when no mineral matches.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getMineralOrThrow } from "c5-minerals/minerals";
 * getMineralOrThrow("Aluminium").id; // "aluminum"
 * ```
 */
export function getMineralOrThrow(idOrName: string): MineralRecord {
  return requireMineral(idOrName, "idOrName");
}

/**
 * The mineral an id or name (any case) denotes, or a RangeError naming the parameter `name`.
 * Internal: every function that takes a mineral resolves it with this.
 */
export function requireMineral(idOrName: unknown, name: string): MineralRecord {
  const mineral = getMineral(requireString(idOrName, name));
  if (mineral === undefined)
    throw unknownValue(
      name,
      "mineral",
      idOrName as string,
      minerals.flatMap((m) => [m.id, m.name]),
      "try an id such as 'rare-earths' or a name",
    );
  return mineral;
}

/**
 * The minerals traded under a tariff code or a code prefix (`"2610"`, `"8112.92"`, `"2610.00.0020"`):
 * each with the codes of its tariff list that match. Dots are ignored, so `"261000"` finds `2610.00.0020`.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { mineralsByTariffCode } from "c5-minerals/minerals";
 * mineralsByTariffCode("2610").map((m) => m.mineral.id); // ["chromium"]
 * ```
 */
export function mineralsByTariffCode(code: string): { mineral: MineralRecord; codes: DeepReadonly<TariffCode>[] }[] {
  const prefix = requireString(code, "code").replace(/\D/g, "");
  if (prefix === "") return [];
  return minerals.flatMap((mineral) => {
    const codes = (mineral.tariffCodes as readonly DeepReadonly<TariffCode>[]).filter((t) =>
      t.code.replace(/\D/g, "").startsWith(prefix),
    );
    return codes.length === 0 ? [] : [{ mineral, codes }];
  });
}

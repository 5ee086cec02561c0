import { isLazyDataset } from "./lazy.js";

/**
 * A deeply read-only view of a type: arrays become readonly arrays, objects get readonly properties,
 * all the way down. Every dataset export has this type and is frozen to match at run time.
 *
 * @category Utilities
 * @example
 * ```ts
 * import type { DeepReadonly } from "c5-minerals";
 * const point: DeepReadonly<{ at: number[] }> = { at: [1, 2] };
 * // point.at.push(3); // type error: readonly
 * ```
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a value and everything reachable from it, and returns it with its type unchanged.
 *
 * @category Utilities
 * @example
 * ```ts
 * import { deepFreeze } from "c5-minerals";
 * const data = deepFreeze({ list: [1, 2] });
 * Object.isFrozen(data.list); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  // A dataset that is loaded on first use freezes itself then; touching it here would load it now.
  if (value === null || typeof value !== "object" || isLazyDataset(value) || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === "object") deepFreeze(item);
    }
  } else {
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === "object") deepFreeze(item);
    }
  }
  return value;
}

/**
 * The record a lookup returns for a literal key: the record's type with its key field narrowed to the
 * key asked for (`getMineral("uranium").id` is `"uranium"`).
 *
 * @category Utilities
 * @example
 * ```ts
 * import type { KeyedRecord } from "c5-minerals";
 * type Uranium = KeyedRecord<{ id: "uranium" | "zinc"; name: string }, "id", "uranium">;
 * const u: Uranium = { id: "uranium", name: "Uranium" };
 * ```
 */
export type KeyedRecord<R, K extends keyof R, V extends R[K]> = R & { readonly [P in K]: V };

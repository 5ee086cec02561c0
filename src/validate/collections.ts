import { kindOf } from "../core/guards.js";

/**
 * The boundary check every integrity function shares: `value` is an object whose collections named in
 * `keys`, where given, are arrays of records (objects). Other keys are ignored, so a module namespace
 * such as the package's root can be passed. Throws a TypeError naming the parameter and the collection.
 */
export function requireCollectionsOf<T>(value: unknown, name: string, keys: readonly string[]): T {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(`${name} must be an object of collections, got ${kindOf(value)}`);
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) throw new TypeError(`${name}.${key} must be an array of records, got ${kindOf(v)}`);
    v.forEach((r, i) => {
      if (r === null || typeof r !== "object" || Array.isArray(r))
        throw new TypeError(`${name}.${key}[${i}] must be a record (an object), got ${kindOf(r)}`);
    });
  }
  return value as T;
}

/** The set of keys of a collection, or undefined when the collection was not given (its checks are skipped). */
export const keySet = <T>(records: readonly T[] | undefined, key: (r: T) => string): Set<string> | undefined =>
  records === undefined ? undefined : new Set(records.map(key));

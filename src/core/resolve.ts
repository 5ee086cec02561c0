// The one way the package turns a caller's words into one of its things: a code, an id, a name or an
// alias, in any case and with stray spaces, resolves; anything else is a RangeError that names the
// parameter, quotes a bounded excerpt of the input and, where one is close, suggests it ("did you mean
// uranium?"). Every public function resolves its arguments through these, so a name that one query
// accepts is accepted by all of them, and no query answers an unknown name with an empty result.

import { kindOf, requireString } from "./guards.js";
import { foldName } from "./index-by.js";
import { closest } from "./suggest.js";

/**
 * The RangeError for a value that names nothing: `name: no WHAT matches "input"; did you mean "x"?` plus
 * an optional hint on what is accepted. The input is quoted as a bounded excerpt.
 */
export function unknownValue(name: string, what: string, input: string, candidates: Iterable<string>, hint?: string): RangeError {
  const suggestion = closest(input, candidates);
  const parts = [`${name}: no ${what} matches ${kindOf(input).replace(/^the string /, "")}`];
  if (suggestion !== undefined) parts.push(`did you mean "${suggestion}"?`);
  else if (hint !== undefined) parts.push(hint);
  return new RangeError(parts.join("; "));
}

/** Finds records of one kind by any of their keys (code, id, name, alias), in any case and spacing. */
export interface Resolver<T> {
  /** The record a key denotes, or `undefined`. */
  find(key: string): T | undefined;
  /** The record `value` denotes, or a TypeError (not a string) / RangeError (names nothing) naming `name`. */
  require(value: unknown, name: string): T;
}

/**
 * A resolver over `records`: `primary` gives the keys matched exactly first (ids and codes), `names` the
 * names and aliases; both are also matched folded (case, accents, punctuation and spaces ignored).
 * The index is built on first use. `what` names the kind in messages; `hint` says what is accepted.
 */
export function resolverOf<T>(
  records: readonly T[],
  what: string,
  primary: (record: T) => readonly string[],
  names: (record: T) => readonly string[] = () => [],
  hint?: string,
): Resolver<T> {
  // Two indexes, each built on first need: exact keys (a lookup by id or code, the common case, folds
  // nothing), then, only when an exact lookup misses, the folded keys and names.
  let exact: Map<string, T> | undefined;
  let folded: Map<string, T> | undefined;
  const buildExact = (): Map<string, T> => {
    const map = new Map<string, T>();
    for (const record of records) for (const key of primary(record)) if (!map.has(key)) map.set(key, record);
    return map;
  };
  const buildFolded = (): Map<string, T> => {
    const map = new Map<string, T>();
    for (const record of records)
      for (const key of [...primary(record), ...names(record)]) {
        const f = foldName(key);
        if (f !== "" && !map.has(f)) map.set(f, record);
      }
    return map;
  };
  const suggestions = (): string[] => {
    const shown = new Set<string>();
    for (const record of records) {
      const first = primary(record)[0];
      if (first !== undefined) shown.add(first);
      for (const n of names(record)) shown.add(n);
    }
    return [...shown];
  };
  const find = (key: string): T | undefined => {
    const trimmed = key.trim();
    if (trimmed === "" || trimmed.length > 300) return undefined;
    exact ??= buildExact();
    const hit = exact.get(trimmed) ?? exact.get(trimmed.toUpperCase());
    if (hit !== undefined) return hit;
    folded ??= buildFolded();
    return folded.get(foldName(trimmed));
  };
  return {
    find,
    require(value, name) {
      const key = requireString(value, name);
      const found = find(key);
      if (found !== undefined) return found;
      if (key.trim() === "") throw new RangeError(`${name} must not be empty`);
      throw unknownValue(name, what, key, suggestions(), hint);
    },
  };
}

/**
 * One of `allowed`, from a value in any case and with stray spaces (`" Mine-Production "` gives
 * `"mine-production"`), or a TypeError/RangeError naming `name` that lists what is allowed and suggests
 * the closest.
 */
export function resolveOption<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  const key = requireString(value, name);
  const wanted = foldName(key.slice(0, 300));
  for (const option of allowed) if (option === key || foldName(option) === wanted) return option;
  const suggestion = closest(key, allowed);
  throw new RangeError(
    `${name} must be one of ${allowed.join(", ")}, got ${kindOf(value)}${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
  );
}

/** The argument check for enumerated options: {@link resolveOption} under the name the guards use. */
export const requireOneOf: <T extends string>(value: unknown, name: string, allowed: readonly T[]) => T = resolveOption;

import { excerpt } from "./excerpt.js";
import { closest } from "./suggest.js";
// Checks of public functions' arguments at the boundary. Each throws a TypeError (wrong type) or a
// RangeError (right type, value out of range) whose message starts with the parameter's name, so a
// caller learns which argument is wrong and never meets an error from deep inside.

/** A short, safe description of a value for a message (never the whole of a long string). */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string "${excerpt(value, 60)}"`;
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : `the number ${value}`;
  if (typeof value === "object") return "an object";
  return typeof value === "undefined" ? "undefined" : `a ${typeof value}`;
}

const fail = (name: string, expected: string, value: unknown) =>
  new TypeError(`${name} must be ${expected}, got ${kindOf(value)}`);

/** `value` as a string, or a TypeError naming `name`. */
export function requireString(value: unknown, name: string): string {
  if (typeof value !== "string") throw fail(name, "a string", value);
  return value;
}

/** `value` as a non-empty string, or a TypeError/RangeError naming `name`. */
export function requireText(value: unknown, name: string): string {
  if (requireString(value, name).trim() === "") throw new RangeError(`${name} must not be empty`);
  return value as string;
}

/** `value` as a whole number (and within bounds), or a TypeError/RangeError naming `name`. */
export function requireInteger(
  value: unknown,
  name: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== "number") throw fail(name, "a number", value);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${kindOf(value)}`);
  if (value < min || value > max) throw new RangeError(`${name} must be from ${min} to ${max}, got ${value}`);
  return value;
}

/** `value` as a finite number, or a TypeError/RangeError naming `name`. */
export function requireFinite(value: unknown, name: string): number {
  if (typeof value !== "number") throw fail(name, "a number", value);
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${kindOf(value)}`);
  return value;
}

/** `value` as a boolean, or a TypeError naming `name`. */
export function requireBoolean(value: unknown, name: string): boolean {
  if (typeof value !== "boolean") throw fail(name, "true or false", value);
  return value;
}

/** `value` as a function, or a TypeError naming `name`. */
export function requireFunction<F>(value: F, name: string): F {
  if (typeof value !== "function") throw fail(name, "a function", value);
  return value;
}

/**
 * `value` as a plain object (not null, not an array) whose keys are all in `keys`, or a
 * TypeError/RangeError naming `name`. Undefined gives an empty object when `optional`.
 */
export function requireOptions<T extends object>(value: unknown, name: string, keys: readonly string[], optional = true): T {
  if (value === undefined && optional) return {} as T;
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw fail(name, "an object", value);
  for (const key of Object.keys(value))
    if (!keys.includes(key)) {
      const suggestion = closest(key, keys);
      throw new RangeError(
        `${name} has an unknown key "${excerpt(key, 60)}"; it takes ${keys.join(", ") || "no keys"}${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`}`,
      );
    }
  return value as T;
}

/** An optional field of an options object: `undefined`, or checked by `check` under the name `name.field`. */
export function optional<T>(value: unknown, name: string, check: (value: unknown, name: string) => T): T | undefined {
  return value === undefined ? undefined : check(value, name);
}

/** `value` as an array of strings, or a TypeError naming `name` (or the item, e.g. `name[2]`). */
export function requireStringArray(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value)) throw fail(name, "an array of strings", value);
  for (let i = 0; i < value.length; i++) requireString(value[i], `${name}[${i}]`);
  return value as readonly string[];
}

/** The value of an object's own property, never one inherited from its prototype. */
export function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

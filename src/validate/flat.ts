import * as z from "zod";
import { excerpt } from "../core/excerpt.js";
import { kindOf, requireString } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from "./entities.js";

/**
 * The flat form of records for CSV: nested objects become dotted column names (`coordinates.lat`),
 * arrays of strings or numbers become one cell joined with `|` (`aliases`), arrays of objects become a
 * JSON cell (`members`), and absent or null values an empty cell.
 *
 * @category Validation
 */
export type FlatRecord = Record<string, string>;

/**
 * Flattens one record for CSV (see {@link FlatRecord}).
 *
 * @category Validation
 * @example
 * ```ts
 * import { flattenRecord } from "c5-minerals/validate";
 * flattenRecord({ id: "a", coordinates: { lat: 1, lon: 2 }, aliases: ["x", "y"] });
 * // { id: "a", "coordinates.lat": "1", "coordinates.lon": "2", aliases: "x|y" }
 * ```
 */
export function flattenRecord(record: object): FlatRecord {
  if (record === null || typeof record !== "object" || Array.isArray(record))
    throw new TypeError(`record must be an object, got ${kindOf(record)}`);
  const out: FlatRecord = {};
  // defineProperty, so that a column named __proto__ is a column and never the object's prototype
  const set = (key: string, value: string) =>
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  const walk = (value: unknown, prefix: string) => {
    if (value === undefined || value === null) set(prefix, "");
    else if (Array.isArray(value)) {
      set(prefix, value.every((v) => typeof v !== "object" || v === null) ? value.join("|") : JSON.stringify(value));
    } else if (typeof value === "object") {
      for (const [key, child] of Object.entries(value)) walk(child, prefix === "" ? key : `${prefix}.${key}`);
    } else set(prefix, String(value));
  };
  walk(record, "");
  return out;
}

/**
 * Column names for a set of flat records: every key, in order of first appearance.
 *
 * @category Validation
 * @example
 * ```ts
 * import { flatColumns } from "c5-minerals/validate";
 * flatColumns([{ a: "1" }, { a: "2", b: "3" }]); // ["a", "b"]
 * ```
 */
export function flatColumns(records: readonly FlatRecord[]): string[] {
  if (!Array.isArray(records)) throw new TypeError(`records must be an array of flat records, got ${kindOf(records)}`);
  records.forEach((r, i) => {
    if (r === null || typeof r !== "object" || Array.isArray(r))
      throw new TypeError(`records[${i}] must be a flat record (an object), got ${kindOf(r)}`);
  });
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      columns.push(k);
    }
  }
  return columns;
}

interface JsonSchema {
  required?: string[];
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | boolean;
  /** A tuple's item schemas, by position. */
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

const cache = new Map<EntityName, JsonSchema>();

function jsonSchemaOf(entity: EntityName): JsonSchema {
  let schema = cache.get(entity);
  if (schema === undefined) {
    schema = z.toJSONSchema(ENTITY_SCHEMAS[entity], { target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
    cache.set(entity, schema);
  }
  return schema;
}

function resolve(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  let s = schema;
  for (let i = 0; i < 10 && s?.$ref !== undefined; i++) s = root.$defs?.[s.$ref.replace("#/$defs/", "")];
  return s;
}

function types(root: JsonSchema, schema: JsonSchema | undefined): Set<string> {
  const s = resolve(root, schema);
  const found = new Set<string>();
  if (s === undefined) return found;
  if (typeof s.type === "string") found.add(s.type);
  else if (Array.isArray(s.type)) for (const t of s.type) found.add(t);
  for (const alt of s.anyOf ?? []) for (const t of types(root, alt)) found.add(t);
  return found;
}

function schemaAt(root: JsonSchema, path: string[]): JsonSchema | undefined {
  let s: JsonSchema | undefined = resolve(root, root);
  for (const key of path) {
    s = resolve(root, s);
    const next: JsonSchema | undefined =
      s?.properties?.[key] ?? s?.anyOf?.map((a) => resolve(root, a)?.properties?.[key]).find((x) => x !== undefined);
    s = next;
    if (s === undefined) return undefined;
  }
  return resolve(root, s);
}

function coerce(root: JsonSchema, schema: JsonSchema | undefined, cell: string): unknown {
  const t = types(root, schema);
  if (cell === "") return t.has("null") ? null : t.has("array") ? [] : undefined;
  if (t.has("array")) {
    const own = resolve(root, schema);
    // a tuple has `prefixItems` (and `items: false`): its items are read by the first position's type
    const listed = [schema?.items, own?.items, own?.prefixItems?.[0]].find((x) => typeof x === "object" && x !== null);
    const items = resolve(root, listed);
    const itemTypes = types(root, items);
    if (itemTypes.has("object")) {
      try {
        return JSON.parse(cell);
      } catch {
        return cell;
      }
    }
    return cell.split("|").map((part) => (itemTypes.has("number") || itemTypes.has("integer") ? toNumber(part) : part));
  }
  if ((t.has("number") || t.has("integer")) && !t.has("string")) return toNumber(cell);
  if (t.has("boolean") && !t.has("string")) return cell === "true" ? true : cell === "false" ? false : cell;
  return cell;
}

function toNumber(cell: string): number | string {
  const n = Number(cell);
  return cell.trim() !== "" && Number.isFinite(n) ? n : cell;
}

/**
 * Turns a flat record (a CSV row keyed by column) back into a nested record of an entity, converting
 * cells to the types the entity's schema expects where they convert cleanly. A cell that does not
 * convert is left as text, so validation then reports it with its path. Keys that name no field are
 * kept, so validation reports them too.
 *
 * @category Validation
 * @example
 * ```ts
 * import { unflattenRecord } from "c5-minerals/validate";
 * unflattenRecord("corridor-node", { id: "a", "coordinates.lat": "43.6", aliases: "" });
 * // { id: "a", coordinates: { lat: 43.6 }, aliases: [] }
 * ```
 */
export function unflattenRecord(entity: EntityName, row: Readonly<Record<string, string>>): Record<string, unknown> {
  entity = requireOneOf(entity, "entity", ENTITY_NAMES);
  if (row === null || typeof row !== "object" || Array.isArray(row))
    throw new TypeError(`row must be an object, got ${kindOf(row)}`);
  for (const [key, cell] of Object.entries(row)) requireString(cell, `row[${excerpt(JSON.stringify(key), 60)}]`);
  const root = jsonSchemaOf(entity);
  const out: Record<string, unknown> = {};
  const filled = Object.entries(row)
    .filter(([, cell]) => cell !== "")
    .map(([column]) => column);
  for (const [column, cell] of Object.entries(row)) {
    const path = column.split(".");
    if (cell === "" && (!isRequired(root, path) || emptyOptionalAncestor(root, path, filled))) continue;
    const value = coerce(root, schemaAt(root, path), cell);
    if (value === undefined) continue;
    let target = out;
    for (const key of path.slice(0, -1)) {
      const existing = Object.hasOwn(target, key) ? target[key] : undefined;
      if (existing === undefined || typeof existing !== "object" || existing === null) {
        const fresh: Record<string, unknown> = {};
        Object.defineProperty(target, key, { value: fresh, enumerable: true, writable: true, configurable: true });
      }
      target = target[key] as Record<string, unknown>;
    }
    Object.defineProperty(target, path[path.length - 1] as string, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Whether the last key of a path is required in its parent object. */
function isRequired(root: JsonSchema, path: string[]): boolean {
  const parent = schemaAt(root, path.slice(0, -1));
  return parent?.required?.includes(path[path.length - 1] as string) ?? false;
}

/** Whether some optional object on the path has no filled cell under it (so the whole object is absent). */
function emptyOptionalAncestor(root: JsonSchema, path: string[], filled: readonly string[]): boolean {
  for (let depth = 1; depth < path.length; depth++) {
    const prefix = path.slice(0, depth);
    if (isRequired(root, prefix)) continue;
    const dotted = `${prefix.join(".")}.`;
    if (!filled.some((c) => c.startsWith(dotted))) return true;
  }
  return false;
}

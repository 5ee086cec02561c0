import type * as z from "zod";
import { excerpt } from "../core/excerpt.js";
import { kindOf, optional, requireInteger, requireOptions, requireString } from "../core/guards.js";
import { requireOneOf } from "../core/resolve.js";
import { collectionIntegrity, type IntegrityReport } from "./collection-integrity.js";
import { COLLECTION_NAMES, ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from "./entities.js";
import type { FacilityCollections } from "./facilities-integrity.js";
import { type Collections, requireCollections } from "./integrity.js";

/**
 * One problem found in input data, in words a person can act on.
 *
 * @category Validation
 */
export interface ValidationIssue {
  /** Where the problem is, e.g. `figures[12].unit` or `figure.value`. */
  path: string;
  /** What is wrong. */
  message: string;
  /** What was expected there, when that can be said briefly. */
  expected?: string;
  /** What was found there, shortened. */
  received?: string;
  /** For collections: the index of the record with the problem. */
  record?: number;
  /** `schema` for a problem in one record, `integrity` for a rule across records (ids, references). */
  rule: "schema" | "integrity";
}

/**
 * The outcome of a validation: the typed data, or the list of issues.
 *
 * @category Validation
 */
export type ValidationResult<T> =
  | { ok: true; data: T; integrity?: IntegrityReport }
  | { ok: false; issues: ValidationIssue[]; integrity?: IntegrityReport };

/**
 * The output type of an entity's schema.
 *
 * @category Validation
 */
export type EntityOf<E extends EntityName> = z.output<(typeof ENTITY_SCHEMAS)[E]>;

/**
 * Describes a value briefly for a message: its kind and, for small values, the value itself. Never
 * throws, whatever the value (cycles, huge strings, deep nesting).
 *
 * @category Validation
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length === 0
      ? "an empty object"
      : `an object with keys ${keys
          .slice(0, 5)
          .map((k) => excerpt(JSON.stringify(k), 40))
          .join(", ")}${keys.length > 5 ? ", …" : ""}`;
  }
  if (typeof value === "string")
    return value.length > 60
      ? `a string of ${value.length} characters starting ${excerpt(JSON.stringify(value.slice(0, 40)))}`
      : excerpt(JSON.stringify(value));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}

function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path)
    out +=
      typeof key === "number"
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `.${String(key)}`
          : `[${excerpt(JSON.stringify(String(key)), 60)}]`;
  return out;
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `${issue.origin === "array" ? "at least" : ">="} ${String(issue.minimum)}${issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : ""}`;
    case "too_big":
      return `${issue.origin === "array" ? "at most" : "<="} ${String(issue.maximum)}${issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : ""}`;
    case "invalid_format":
      return issue.format === "regex" ? `text matching ${issue.pattern}` : `a ${issue.format}`;
    case "unrecognized_keys":
      return "only the keys the schema defines";
    default:
      return undefined;
  }
}

/** A zod error as issues with paths under `root` (internal). */
/** The value at a path inside `value`, or undefined where the path leads nowhere. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * A zod error as issues with paths under `root` (internal). `input` is the value that was parsed: what
 * each issue received is read from it at the issue's path, so the value need not be parsed again to
 * keep its input (each record is parsed once, valid or not).
 */
export function toIssues(error: z.ZodError, root: string, record?: number, input?: unknown): ValidationIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatPath(root, [...issue.path, key]),
        message: `Unknown field ${excerpt(JSON.stringify(key))}`,
        expected: "only the keys the schema defines",
        rule: "schema" as const,
        ...(record === undefined ? {} : { record }),
      }));
    }
    const expected = expectedOf(issue);
    const out: ValidationIssue = { path: formatPath(root, issue.path), message: issue.message, rule: "schema" };
    if (expected !== undefined) out.expected = expected;
    out.received = describeValue("input" in issue ? issue.input : valueAt(input, issue.path));
    if (record !== undefined) out.record = record;
    return [out];
  });
}

/** The entity name checked at the boundary (internal). */
export function requireEntity(entity: unknown): EntityName {
  return requireOneOf(entity, "entity", ENTITY_NAMES);
}

/**
 * Validates one record of an entity. Returns the parsed record, or every issue with its path, what was
 * expected and what was received. Never throws for bad data (only for an unknown entity name).
 *
 * @category Validation
 * @example
 * ```ts
 * import { validateRecord } from "c5-minerals/validate";
 * const result = validateRecord("corridor-node", { id: "x", name: "X", aliases: [], kind: "seaport",
 *   country: "KZ", coordinates: { lat: 95, lon: 51 }, sources: ["s"] });
 * result.ok; // false
 * result.ok ? [] : result.issues.map((i) => i.path); // ["corridor-node.coordinates.lat"]
 * ```
 */
export function validateRecord<E extends EntityName>(entity: E, value: unknown): ValidationResult<EntityOf<E>> {
  const name = requireEntity(entity);
  const result = ENTITY_SCHEMAS[name].safeParse(value);
  if (result.success) return { ok: true, data: result.data as EntityOf<E> };
  return { ok: false, issues: toIssues(result.error, name, undefined, value) };
}

/**
 * Options for {@link validateCollection}.
 *
 * @category Validation
 */
export interface CollectionOptions {
  /**
   * Also check the rules across records: unique ids, references that resolve, owners' and states' shares
   * of at most 100 %, one figure per key, for every entity (facilities, companies and projects included).
   * References are resolved against the records themselves plus the collections given here (pass the
   * package's own datasets, e.g. `{ sources, countries, minerals, companies }`, to check references
   * against them). The rules run on every record that passes the schema, even when others fail it;
   * the result's `integrity` report lists the records and the checks left out, and why.
   */
  integrity?: boolean | FacilityCollections;
  /** What to call the collection in paths; default the entity's plural, e.g. `figures`. */
  label?: string;
}

/**
 * Validates an array of records of an entity: each record against the schema, and, when asked, the
 * rules across records. Every issue says which record (`record`) and where (`figures[12].unit`). With
 * `integrity`, the result also reports what the rules across records covered (`integrity.checked`,
 * `integrity.leftOut`, `integrity.skipped`).
 *
 * @category Validation
 * @example
 * ```ts
 * import { validateCollection } from "c5-minerals/validate";
 * const result = validateCollection("source", [
 *   { id: "a", title: "A", publisher: "P", url: "https://example.org", published: "2024", kind: "report" },
 *   { id: "a", title: "B", publisher: "P", url: "https://example.org", published: "2024", kind: "report" },
 * ], { integrity: true });
 * result.ok ? [] : result.issues.map((i) => i.path); // ["sources[1]"]
 * ```
 */
export function validateCollection<E extends EntityName>(
  entity: E,
  values: unknown,
  options: CollectionOptions = {},
): ValidationResult<EntityOf<E>[]> {
  const name = requireEntity(entity);
  const o = requireOptions<CollectionOptions>(options, "options", ["integrity", "label"]);
  optional(o.label, "options.label", requireString);
  if (o.integrity !== undefined && typeof o.integrity !== "boolean") requireCollections(o.integrity, "options.integrity");
  options = o;
  const label = options.label ?? COLLECTION_NAMES[name];
  if (!Array.isArray(values)) {
    return {
      ok: false,
      issues: [
        {
          path: label,
          message: "Expected an array of records",
          expected: "array",
          received: describeValue(values),
          rule: "schema",
        },
      ],
    };
  }
  const schema = ENTITY_SCHEMAS[name];
  const issues: ValidationIssue[] = [];
  const data: EntityOf<E>[] = [];
  const origin: number[] = [];
  values.forEach((value, index) => {
    // one parse per record: what each issue received is read from the record at the issue's path
    const result = schema.safeParse(value);
    if (result.success) {
      data.push(result.data as EntityOf<E>);
      origin.push(index);
    } else issues.push(...toIssues(result.error, `${label}[${index}]`, index, value));
  });
  let integrity: IntegrityReport | undefined;
  if (options.integrity) {
    // The rules across records run on every record that passed the schema; the report says which
    // records and which checks were left out, and why.
    const given: Collections = typeof options.integrity === "object" ? options.integrity : {};
    const found = collectionIntegrity(name, values, data, origin, given, label);
    integrity = found.report;
    for (const issue of found.issues) issues.push({ ...issue, rule: "integrity" });
  }
  const report = integrity === undefined ? {} : { integrity };
  return issues.length === 0 ? { ok: true, data, ...report } : { ok: false, issues, ...report };
}

/**
 * Formats issues for people: one line each, `path: message (expected …, received …)`, at most `max`
 * lines (default 50) and a count of the rest.
 *
 * @category Validation
 * @example
 * ```ts
 * import { formatIssues, validateRecord } from "c5-minerals/validate";
 * const result = validateRecord("source", { id: "Bad Id" });
 * result.ok ? "" : formatIssues(result.issues).split("\n")[0]; // "source.id: Expected a kebab-case id such as 'rare-earths' (expected text matching /^[a-z0-9]+(?:-[a-z0-9]+)*$/, received \"Bad Id\")"
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[], options: { max?: number } = {}): string {
  if (!Array.isArray(issues)) throw new TypeError(`issues must be an array of issues, got ${kindOf(issues)}`);
  issues.forEach((issue, i) => {
    const checked = requireOptions<ValidationIssue>(issue, `issues[${i}]`, ISSUE_KEYS, false);
    requireString(checked.path, `issues[${i}].path`);
    requireString(checked.message, `issues[${i}].message`);
  });
  const o = requireOptions<{ max?: number }>(options, "options", ["max"]);
  const max = optional(o.max, "options.max", (v, n) => requireInteger(v, n, 0)) ?? 50;
  const lines = issues.slice(0, max).map((i) => {
    const detail = [
      i.expected === undefined ? undefined : `expected ${i.expected}`,
      i.received === undefined ? undefined : `received ${i.received}`,
    ]
      .filter((x) => x !== undefined)
      .join(", ");
    return `${i.path}: ${i.message}${detail === "" ? "" : ` (${detail})`}`;
  });
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines.join("\n");
}

const ISSUE_KEYS = ["path", "message", "expected", "received", "record", "rule", "line"];

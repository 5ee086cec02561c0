// The rules across records for validateCollection: which checks run for an entity, on which records, and
// what was left out and why. Internal.
import { excerpt } from "../core/excerpt.js";
import { COLLECTION_NAMES, type EntityName } from "./entities.js";
import { checkFacilityIntegrity, type FacilityCollections } from "./facilities-integrity.js";
import { checkImportDependence } from "./import-dependence.js";
import { type Collections, checkIntegrity } from "./integrity.js";
import type { IntegrityIssue } from "./issue-recorder.js";

/**
 * What the rules across records covered in a {@link validateCollection} call: how many records they
 * checked, which records they left out (those that fail the schema) and which checks did not run, each
 * with why. Nothing is skipped silently.
 *
 * @category Validation
 */
export interface IntegrityReport {
  /** How many records the reference checks ran on (every record that passed the schema). */
  checked: number;
  /**
   * Records left out of the reference checks because they fail the schema (their indexes). Their ids
   * are still checked for duplicates where an id can be read.
   */
  leftOut: number[];
  /** Checks that did not run, each with the reason. */
  skipped: { check: string; reason: string }[];
}

/** The collections each entity's records point into (besides its own collection). */
const REFERENCES: Readonly<Record<EntityName, readonly (keyof FacilityCollections)[]>> = {
  source: [],
  country: ["sources"],
  "country-names": ["sources", "countries"],
  mineral: ["sources"],
  "critical-mineral-list": ["sources", "countries", "minerals"],
  "omitted-list": ["sources", "countries", "lists"],
  figure: ["sources", "countries", "minerals", "figureTables"],
  "figure-table": ["sources", "minerals"],
  partnership: ["sources", "countries", "minerals"],
  event: ["sources", "countries", "partnerships"],
  "corridor-node": ["sources", "countries"],
  "corridor-leg": ["sources", "nodes"],
  corridor: ["sources", "countries", "legs"],
  "transcribed-table": ["sources", "minerals"],
  facility: ["sources", "countries", "minerals", "companies", "nodes"],
  company: ["sources", "countries"],
  project: ["sources", "countries", "minerals", "companies", "facilities", "partnerships", "events"],
  "coverage-gap": ["sources", "minerals", "facilities"],
  "import-dependence": ["sources", "countries", "minerals"],
  edition: ["sources", "minerals", "figureTables"],
  "trade-measure": ["sources", "minerals", "facilities"],
  "hs-code": ["sources", "minerals"],
  "trade-flow": ["sources", "countries", "minerals"],
  "policy-event": ["sources", "minerals", "facilities", "companies"],
};

/** The entities checked by the facility rules rather than the general ones. */
const FACILITY_ENTITIES: ReadonlySet<EntityName> = new Set(["facility", "company", "project", "coverage-gap"]);

/** How to read a record's id from unchecked input, for the duplicate check across every record. */
function rawId(entity: EntityName, value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const id =
    entity === "country"
      ? record.alpha2
      : entity === "transcribed-table"
        ? (record.table as Record<string, unknown> | null | undefined)?.id
        : entity === "figure" || entity === "coverage-gap"
          ? undefined
          : record.id;
  return typeof id === "string" ? id : undefined;
}

/**
 * The rules across records of `values` (an entity's records, some of which may fail the schema):
 * `valid` holds the records that passed, `origin[i]` the index in `values` of `valid[i]`. Returns the
 * issues, with paths and messages in terms of `values` under `label`, and the report.
 */
export function collectionIntegrity(
  entity: EntityName,
  values: readonly unknown[],
  valid: readonly unknown[],
  origin: readonly number[],
  given: Collections,
  label: string,
): { issues: { path: string; message: string; record: number }[]; report: IntegrityReport } {
  const key = (entity === "transcribed-table" ? "figureTables" : COLLECTION_NAMES[entity]) as keyof FacilityCollections;
  const failed = new Set<number>();
  for (let i = 0; i < values.length; i++) failed.add(i);
  for (const i of origin) failed.delete(i);
  const report: IntegrityReport = { checked: valid.length, leftOut: [...failed], skipped: [] };
  const issues: { path: string; message: string; record: number }[] = [];

  // Duplicate ids across every record, those that fail the schema included (the checks below find the
  // duplicates among valid records; here only pairs with a failing record are added).
  const firstAt = new Map<string, number>();
  values.forEach((value, i) => {
    const id = rawId(entity, value);
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else if (failed.has(i) || failed.has(first))
      issues.push({
        path: `${label}[${i}]`,
        message: `Duplicate id '${excerpt(id)}' (first at ${label}[${first}])`,
        record: i,
      });
  });
  if (failed.size > 0)
    report.skipped.push({
      check: "references from records that fail the schema",
      reason: `${failed.size} record${failed.size === 1 ? "" : "s"} (${[...failed]
        .slice(0, 10)
        .map((i) => `${label}[${i}]`)
        .join(
          ", ",
        )}${failed.size > 10 ? ", …" : ""}) fail the schema: their references, shares and keys are not checked until they do`,
    });
  for (const other of REFERENCES[entity]) {
    if (other === key || (given as FacilityCollections)[other] !== undefined) continue;
    report.skipped.push({
      check: `references to ${other}`,
      reason: `no ${other} were given: pass them in options.integrity (e.g. the package's own ${other})`,
    });
  }
  if (entity === "mineral")
    report.skipped.push({
      check: "element symbols",
      reason: "checked by checkIntegrity with options.elementSymbols, which validateCollection does not take",
    });

  // The records that passed, in place of the given collection of their kind.
  const records = entity === "transcribed-table" ? valid.map((t) => (t as { table: unknown }).table) : valid;
  const own = { ...given, [key]: records } as FacilityCollections;
  const found: IntegrityIssue[] =
    entity === "import-dependence"
      ? importDependenceIntegrity(valid, given)
      : FACILITY_ENTITIES.has(entity)
        ? checkFacilityIntegrity(own)
        : checkIntegrity(own);
  const prefix = new RegExp(`^${key}\\[(\\d+)\\]`);
  const inText = new RegExp(`\\b${key}\\[(\\d+)\\]`, "g");
  const at = (index: string) => `${label}[${origin[Number(index)] ?? index}]${entity === "transcribed-table" ? ".table" : ""}`;
  for (const issue of found) {
    const match = prefix.exec(issue.path);
    if (match === null) continue;
    const record = origin[Number(match[1])];
    if (record === undefined) continue;
    issues.push({
      path: issue.path.replace(prefix, (_, i: string) => at(i)),
      message: issue.message.replace(inText, (_, i: string) => at(i)),
      record,
    });
  }
  return { issues, report };
}

/** Import-dependence records: references when sources, countries and minerals are all given, else duplicate ids. */
function importDependenceIntegrity(valid: readonly unknown[], given: Collections): IntegrityIssue[] {
  const records = valid as Parameters<typeof checkImportDependence>[0];
  const { sources, countries, minerals } = given;
  if (sources !== undefined && countries !== undefined && minerals !== undefined)
    return checkImportDependence(records, { sources, countries, minerals });
  const issues: IntegrityIssue[] = [];
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    const at = first.get(r.id);
    if (at === undefined) first.set(r.id, i);
    else
      issues.push({
        path: `importDependence[${i}]`,
        message: `Duplicate id '${excerpt(r.id)}' (first at importDependence[${at}])`,
      });
  });
  return issues;
}

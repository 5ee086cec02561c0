import { deepFreeze, type KeyedRecord } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { resolverOf } from "../core/resolve.js";
import { type CompanyLiteral, companiesRecords } from "./generated/companies.js";
import { type CoverageGapLiteral, coverageGapsRecords } from "./generated/coverageGaps.js";
import { type FacilityLiteral, facilitiesRecords } from "./generated/facilities.js";
import { type ProjectLiteral, projectsRecords } from "./generated/projects.js";

/**
 * All facilities (mines, in-situ-leach fields, concentrators, smelters, refineries, plants), deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { facilities } from "c5-minerals/facilities";
 * facilities.some((f) => f.country === "KZ" && f.kind === "isl-field"); // true
 * ```
 */
export const facilities: readonly FacilityLiteral[] = deepFreeze(facilitiesRecords);

/**
 * All companies that operate or own facilities, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { companies } from "c5-minerals/facilities";
 * companies.find((c) => c.id === "kazatomprom")?.country; // "KZ"
 * ```
 */
export const companies: readonly CompanyLiteral[] = deepFreeze(companiesRecords);

/**
 * All projects and deals, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { projects } from "c5-minerals/facilities";
 * projects.every((p) => p.facilities.length + p.partnerships.length + p.events.length > 0); // true
 * ```
 */
export const projects: readonly ProjectLiteral[] = deepFreeze(projectsRecords);

/**
 * Why a (C5 state, mineral) pair that the figures list has no facility in the dataset (`kind` absent or
 * "no-facility"), or why its facilities' sourced outputs explain less than 60 % of the national figure
 * (`kind` "output"), deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { coverageGaps, facilities } from "c5-minerals/facilities";
 * const has = (g: (typeof coverageGaps)[number]) =>
 *   facilities.some((f) => f.country === g.country && f.commodities.some((c) => c.mineral === g.mineral));
 * coverageGaps.every((g) => (g.kind === "output") === has(g)); // true
 * ```
 */
export const coverageGaps: readonly CoverageGapLiteral[] = deepFreeze(coverageGapsRecords);

/**
 * A coverage-gap record of the dataset.
 *
 * @category Datasets
 */
export type CoverageGapRecord = CoverageGapLiteral;

/**
 * A facility record of the dataset.
 *
 * @category Datasets
 */
export type FacilityRecord = FacilityLiteral;
/**
 * The id of a facility in the dataset.
 *
 * @category Datasets
 */
export type FacilityId = FacilityRecord["id"];
/**
 * A company record of the dataset.
 *
 * @category Datasets
 */
export type CompanyRecord = CompanyLiteral;
/**
 * The id of a company in the dataset.
 *
 * @category Datasets
 */
export type CompanyId = CompanyRecord["id"];
/**
 * A project record of the dataset.
 *
 * @category Datasets
 */
export type ProjectRecord = ProjectLiteral;

const facilityResolver = resolverOf<FacilityRecord>(
  facilities,
  "facility",
  (f) => [f.id],
  (f) => [f.name, ...f.aliases, ...f.localNames.map((l) => l.name)],
);
const companyResolver = resolverOf<CompanyRecord>(
  companies,
  "company",
  (c) => [c.id],
  (c) => [c.name, ...c.aliases],
);
const projectResolver = resolverOf<ProjectRecord>(
  projects,
  "project",
  (p) => [p.id],
  (p) => [p.name],
);

/**
 * Finds a facility by id or name (any case, local names too); `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getFacility } from "c5-minerals/facilities";
 * getFacility("inkai")?.kind; // "isl-field"
 * ```
 */
export function getFacility<I extends FacilityId>(id: I): KeyedRecord<FacilityRecord, "id", I>;
export function getFacility(id: string): FacilityRecord | undefined;
export function getFacility(id: string): FacilityRecord | undefined {
  return facilityResolver.find(requireString(id, "id"));
}

/**
 * Finds a company by id or name (any case); `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getCompany } from "c5-minerals/facilities";
 * getCompany("kazatomprom")?.name; // "National Atomic Company Kazatomprom JSC"
 * ```
 */
export function getCompany<I extends CompanyId>(id: I): KeyedRecord<CompanyRecord, "id", I>;
export function getCompany(id: string): CompanyRecord | undefined;
export function getCompany(id: string): CompanyRecord | undefined {
  return companyResolver.find(requireString(id, "id"));
}

/**
 * Finds a project or deal by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getProject } from "c5-minerals/facilities";
 * getProject("no-such-project"); // undefined
 * ```
 */
export function getProject(id: string): ProjectRecord | undefined {
  return projectResolver.find(requireString(id, "id"));
}

/** The facility an id or name (any case) denotes, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireFacility(idOrName: unknown, name: string): FacilityRecord {
  return facilityResolver.require(idOrName, name);
}

/** The company an id or name (any case) denotes, or a RangeError naming the parameter `name` (internal: the queries' boundary check). */
export function requireCompany(idOrName: unknown, name: string): CompanyRecord {
  return companyResolver.require(idOrName, name);
}

import { deepFreeze } from "../core/freeze.js";
import { lazyIndex } from "../core/index-by.js";
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
 * Why a (C5 state, mineral) pair that the figures list has no facility in the dataset, deeply frozen.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { coverageGaps, facilities } from "c5-minerals/facilities";
 * coverageGaps.every((g) => !facilities.some((f) => f.country === g.country && f.commodities.some((c) => c.mineral === g.mineral))); // true
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

const facilityById = lazyIndex<FacilityRecord>(facilities, (f) => [f.id]);
const companyById = lazyIndex<CompanyRecord>(companies, (c) => [c.id]);
const projectById = lazyIndex<ProjectRecord>(projects, (p) => [p.id]);

/**
 * Finds a facility by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getFacility } from "c5-minerals/facilities";
 * getFacility("inkai")?.kind; // "isl-field"
 * ```
 */
export function getFacility<I extends FacilityId>(id: I): Extract<FacilityRecord, { id: I }>;
export function getFacility(id: string): FacilityRecord | undefined;
export function getFacility(id: string): FacilityRecord | undefined {
  if (typeof id !== "string") throw new TypeError("getFacility: id must be a string");
  return facilityById(id);
}

/**
 * Finds a company by id; `undefined` when there is none.
 *
 * @category Lookups
 * @example
 * ```ts
 * import { getCompany } from "c5-minerals/facilities";
 * getCompany("kazatomprom")?.name; // "National Atomic Company Kazatomprom JSC"
 * ```
 */
export function getCompany<I extends CompanyId>(id: I): Extract<CompanyRecord, { id: I }>;
export function getCompany(id: string): CompanyRecord | undefined;
export function getCompany(id: string): CompanyRecord | undefined {
  if (typeof id !== "string") throw new TypeError("getCompany: id must be a string");
  return companyById(id);
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
  if (typeof id !== "string") throw new TypeError("getProject: id must be a string");
  return projectById(id);
}

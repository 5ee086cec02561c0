import { optional, requireOptions, requireString } from "../core/guards.js";
import { certainlyBefore, comparePartialDates, requirePartialDate } from "../core/partial-dates.js";
import { unknownValue } from "../core/resolve.js";
import { corridorNodes, requireCorridorNode } from "../datasets/corridors.js";
import { requireCountry } from "../datasets/countries.js";
import {
  type CompanyRecord,
  companies,
  type FacilityRecord,
  facilities,
  getCompany,
  type ProjectRecord,
  projects,
  requireCompany,
  requireFacility,
} from "../datasets/facilities.js";
import { requireMineral } from "../datasets/minerals.js";
import type { FacilityStatusValue, ProjectStage } from "../schemas/facility.js";
import { ultimateHoldersOf } from "./ownership.js";
import { findRoutes, type Route, type RouteOptions } from "./routes.js";

/**
 * Filters for {@link findFacilities}; every given filter must match.
 *
 * @category Queries
 */
export interface FacilityFilter {
  /** Country (alpha-2) the facility is in. */
  country?: string;
  /** Mineral id among its commodities. */
  mineral?: string;
  /** Its current (newest) status. */
  status?: string;
  /** Kind of facility. */
  kind?: string;
  /** Company id of a direct owner (in the newest ownership claims) or of the operator. */
  owner?: string;
  /**
   * An ultimate holder of an owner or of the operator: a company id (any company up the chain), a state
   * (`state:KZ`), a named private holder (`private:<name>`) or a stable id from {@link ultimateHoldersOf}.
   */
  ultimateOwner?: string;
  /** Country (alpha-2) of an ultimate holder of an owner (a state itself, a listed company's incorporation). */
  ownerCountry?: string;
  /** The corridor node the facility's output leaves from. */
  exitNode?: string;
}

const FILTER_KEYS = ["country", "mineral", "status", "kind", "owner", "ultimateOwner", "ownerCountry", "exitNode"] as const;

let holderIds: string[] | undefined;
/**
 * An ultimate holder as `findFacilities` matches it: a company (id or name, any case), `state:<country>`
 * (the country by code or name), or another holder id of {@link ultimateHoldersOf} (`private:<name>`),
 * in any case; a RangeError naming `name` otherwise.
 */
function requireUltimateOwner(value: unknown, name: string): string {
  const text = requireString(value, name).trim();
  const prefixed = /^(state|company|private|unknown):(.*)$/i.exec(text);
  if (prefixed === null) return requireCompany(text, name).id;
  const kind = (prefixed[1] as string).toLowerCase();
  const rest = (prefixed[2] as string).trim();
  if (kind === "state") return `state:${requireCountry(rest, name).alpha2}`;
  if (kind === "company" || kind === "unknown") return `${kind}:${requireCompany(rest, name).id}`;
  holderIds ??= [...new Set(companies.flatMap((c) => ultimateHoldersOf(c.id).map((h) => h.id)))];
  const wanted = `private:${rest}`.toLowerCase();
  const found = holderIds.find((id) => id.toLowerCase() === wanted);
  if (found === undefined) throw unknownValue(name, "ultimate holder", text, holderIds);
  return found;
}

/**
 * The newest status of a facility.
 *
 * @category Queries
 * @example
 * ```ts
 * import { currentStatus, getFacility } from "c5-minerals/facilities";
 * currentStatus(getFacility("inkai")); // "operating"
 * ```
 */
export function currentStatus(facility: FacilityRecord): FacilityStatusValue {
  if (typeof facility !== "object" || facility === null || !Array.isArray((facility as { status?: unknown }).status))
    throw new TypeError("currentStatus: facility must be a facility record");
  type Entry = { status: FacilityStatusValue; since?: string | undefined; observed?: string | undefined };
  const entries = facility.status as readonly Entry[];
  const when = (s: Entry) => s.since ?? s.observed ?? "0000";
  let newest: Entry | undefined;
  // Statuses are in date order; a later entry whose date is not certainly earlier wins (2025-01 after 2025-01-01).
  for (const s of entries) if (newest === undefined || !certainlyBefore(when(s), when(newest))) newest = s;
  if (newest === undefined) throw new RangeError(`currentStatus: facility '${facility.id}' has no status`);
  return newest.status;
}

/**
 * The chain of parents of a company, from the company itself to its ultimate parent.
 *
 * @category Queries
 * @example
 * ```ts
 * import { parentChain } from "c5-minerals/facilities";
 * parentChain("kaz-minerals").at(-1)?.id; // "nova-resources"
 * ```
 */
export function parentChain(companyId: string): CompanyRecord[] {
  const chain: CompanyRecord[] = [];
  for (
    let c: CompanyRecord | undefined = requireCompany(companyId, "companyId");
    c !== undefined && !chain.includes(c);
    c = c.parent ? getCompany(c.parent) : undefined
  ) {
    chain.push(c);
  }
  return chain;
}

/**
 * One owner of a facility as of the newest ownership claim (of one source) the data has.
 *
 * @category Queries
 */
export interface CurrentOwner {
  /** The owning company. */
  company: CompanyRecord;
  /** Its share in per cent. */
  share: number;
  /** Its ultimate parent (the company itself when it has no parent). */
  ultimateParent: CompanyRecord;
  /** Where the ultimate parent is incorporated; `UNKNOWN` when no source read states it. */
  country: string;
  /** The date the share is stated for. */
  asOf: string;
  /** The source of the claim. */
  source: string;
  /** What the share was inferred from, when the source states no figure. */
  inferred?: string;
}

/**
 * The owners of a facility as of a date (default: the newest claim): the claims of the newest `asOf` not
 * after `date`, from the first source giving that date. Earlier claims and disagreeing sources stay in
 * `facility.owners`.
 *
 * @category Queries
 * @example
 * ```ts
 * import { getFacility, ownersOf } from "c5-minerals/facilities";
 * ownersOf(getFacility("inkai")).map((o) => o.company.id).sort(); // ["cameco", "kazatomprom"]
 * ```
 */
export function ownersOf(facility: FacilityRecord, date?: string): CurrentOwner[] {
  if (typeof facility !== "object" || facility === null || !Array.isArray((facility as { owners?: unknown }).owners))
    throw new TypeError("ownersOf: facility must be a facility record");
  if (date !== undefined) requirePartialDate(date, "date");
  const claims = facility.owners.filter((o) => date === undefined || comparePartialDates(o.asOf, date) <= 0);
  const newest = [...claims].sort((a, b) => comparePartialDates(a.asOf, b.asOf)).at(-1);
  if (newest === undefined) return [];
  return claims
    .filter((o) => o.asOf === newest.asOf && o.source === newest.source)
    .flatMap((o) => {
      const chain = parentChain(o.company);
      const company = chain[0];
      const top = chain.at(-1);
      if (company === undefined || top === undefined) return [];
      return [
        {
          company,
          share: o.share,
          ultimateParent: top,
          country: top.country ?? "UNKNOWN",
          asOf: o.asOf,
          source: o.source,
          ...("inferred" in o && o.inferred !== undefined ? { inferred: o.inferred.from } : {}),
        },
      ];
    });
}

/**
 * Facilities matching every given filter, in dataset order.
 *
 * @category Queries
 * @example
 * ```ts
 * import { findFacilities } from "c5-minerals/facilities";
 * findFacilities({ country: "KZ", mineral: "uranium" }).length > 0; // true
 * findFacilities({ ownerCountry: "CA" }).some((f) => f.id === "inkai"); // true
 * ```
 */
export function findFacilities(filter: FacilityFilter = {}): FacilityRecord[] {
  requireOptions(filter, "filter", [...FILTER_KEYS]);
  for (const key of FILTER_KEYS) {
    const v = filter[key];
    if (v !== undefined && typeof v !== "string") throw new TypeError(`findFacilities: filter.${key} must be a string`);
  }
  const country = filter.country === undefined ? undefined : requireCountry(filter.country, "filter.country").alpha2;
  const mineral = optional(filter.mineral, "filter.mineral", requireMineral)?.id;
  const ownerCountry =
    filter.ownerCountry === undefined ? undefined : requireCountry(filter.ownerCountry, "filter.ownerCountry").alpha2;
  const owner = optional(filter.owner, "filter.owner", requireCompany)?.id;
  const exitNode = optional(filter.exitNode, "filter.exitNode", requireCorridorNode)?.id;
  const ultimate = optional(filter.ultimateOwner, "filter.ultimateOwner", requireUltimateOwner);
  return facilities.filter((f) => {
    if (country !== undefined && f.country !== country) return false;
    if (filter.kind !== undefined && f.kind !== filter.kind) return false;
    if (mineral !== undefined && !f.commodities.some((c) => c.mineral === mineral)) return false;
    if (filter.status !== undefined && currentStatus(f) !== filter.status) return false;
    if (exitNode !== undefined && f.exit.node !== exitNode) return false;
    if (owner !== undefined || ultimate !== undefined || ownerCountry !== undefined) {
      const direct: string[] = ownersOf(f).map((o) => o.company.id);
      if (direct.length === 0 && f.operator !== undefined) direct.push(f.operator);
      if (owner !== undefined && !direct.includes(owner) && f.operator !== owner) return false;
      if (ultimate !== undefined || ownerCountry !== undefined) {
        const holders = direct.flatMap((id) => (getCompany(id) === undefined ? [] : ultimateHoldersOf(id)));
        if (ultimate !== undefined) {
          const keys = new Set<string>(direct.flatMap((id) => parentChain(id).map((c) => c.id)));
          for (const h of holders) {
            keys.add(h.id);
            for (const p of h.path) keys.add(p);
          }
          if (!keys.has(ultimate)) return false;
        }
        if (ownerCountry !== undefined && !holders.some((h) => h.country === ownerCountry)) return false;
      }
    }
    return true;
  });
}

/**
 * One dated stage of a project, for {@link projectsTimeline}.
 *
 * @category Queries
 */
export interface ProjectMilestone {
  /** The date of the stage. */
  date: string;
  /** The stage reached. */
  stage: ProjectStage;
  /** The project. */
  project: ProjectRecord;
}

/**
 * Filters for {@link projectsTimeline}.
 *
 * @category Queries
 */
export interface ProjectFilter {
  /** A C5 state the project is in. */
  country?: string;
  /** A mineral the project concerns. */
  mineral?: string;
  /** A partnership it was announced under. */
  partnership?: string;
  /** A partner's country (alpha-2). */
  partnerCountry?: string;
}

/**
 * Every stage of every matching project, in date order: the timeline of announcements, signings and
 * financing.
 *
 * @category Queries
 * @example
 * ```ts
 * import { projectsTimeline } from "c5-minerals/facilities";
 * const t = projectsTimeline({ country: "KZ" });
 * t.every((m, i) => i === 0 || (t[i - 1]?.date ?? "") <= m.date); // true
 * ```
 */
export function projectsTimeline(filter: ProjectFilter = {}): ProjectMilestone[] {
  requireOptions(filter, "filter", ["country", "mineral", "partnership", "partnerCountry"]);
  for (const key of ["country", "mineral", "partnership", "partnerCountry"] as const) {
    const v = filter[key];
    if (v !== undefined && typeof v !== "string") throw new TypeError(`projectsTimeline: filter.${key} must be a string`);
  }
  const country = optional(filter.country, "filter.country", requireCountry)?.alpha2 as string | undefined;
  const partnerCountry = optional(filter.partnerCountry, "filter.partnerCountry", requireCountry)?.alpha2;
  const mineral = optional(filter.mineral, "filter.mineral", requireMineral)?.id as string | undefined;
  const matching = projects.filter(
    (p) =>
      (country === undefined || (p.countries as readonly string[]).includes(country)) &&
      (mineral === undefined || (p.minerals as readonly string[]).includes(mineral)) &&
      (filter.partnership === undefined || (p.partnerships as readonly string[]).includes(filter.partnership)) &&
      (partnerCountry === undefined ||
        p.partners.some(
          (x) =>
            x.country === partnerCountry ||
            (x.company !== undefined && parentChain(x.company).at(-1)?.country === partnerCountry),
        )),
  );
  return matching
    .flatMap((project) => project.stages.map((s) => ({ date: s.date, stage: s.stage, project })))
    .sort((a, b) => comparePartialDates(a.date, b.date));
}

/**
 * Routes over the corridor graph from the node a facility's output leaves from, to a node id or country
 * (as {@link findRoutes} takes them).
 *
 * @category Queries
 * @example
 * ```ts
 * import { routesFromFacility } from "c5-minerals/facilities";
 * const [route] = routesFromFacility("hazar-chemical-plant", "TR", { avoidCountries: ["RU"] });
 * route?.nodes[0]?.id; // "turkmenbashi-port"
 * ```
 */
export function routesFromFacility(facilityId: string, to: string | readonly string[], options: RouteOptions = {}): Route[] {
  const facility = requireFacility(facilityId, "facilityId");
  if (!corridorNodes.some((n) => n.id === facility.exit.node)) {
    throw new RangeError(
      `routesFromFacility: the exit node '${facility.exit.node}' of '${facilityId}' is not on the corridor graph`,
    );
  }
  return findRoutes(facility.exit.node, to, options);
}

/**
 * The companies a company controls, directly or through subsidiaries.
 *
 * @category Queries
 * @example
 * ```ts
 * import { subsidiariesOf } from "c5-minerals/facilities";
 * subsidiariesOf("nova-resources").some((c) => c.id === "kaz-minerals"); // true
 * ```
 */
export function subsidiariesOf(companyId: string): CompanyRecord[] {
  const id = requireCompany(companyId, "companyId").id;
  return companies.filter((c) => c.id !== id && parentChain(c.id).some((p) => p.id === id));
}

import type { DeepReadonly } from "../core/freeze.js";
import { optional, requireOptions } from "../core/guards.js";
import { comparePartialDates, requirePartialDate } from "../core/partial-dates.js";
import { corridorNodes } from "../datasets/corridors.js";
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
import { type FigureRecord, figures, figureTables } from "../datasets/figures.js";
import { requireMineral } from "../datasets/minerals.js";
import type { FacilityOutput, ProjectStage } from "../schemas/facility.js";
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
  /** Company id of an owner (in the newest ownership claims) or of the operator, or of their ultimate parent. */
  owner?: string;
  /** Country (alpha-2) where an owner's ultimate parent is incorporated. */
  ownerCountry?: string;
}

const FILTER_KEYS = ["country", "mineral", "status", "kind", "owner", "ownerCountry"] as const;

/**
 * The newest status of a facility.
 *
 * @category Queries
 * @example
 * ```ts
 * import { currentStatus, getFacility } from "c5-minerals/facilities";
 * currentStatus(getFacility("inkai")); // "care-and-maintenance"
 * ```
 */
export function currentStatus(facility: FacilityRecord): FacilityRecord["status"][number]["status"] {
  if (typeof facility !== "object" || facility === null || !Array.isArray((facility as { status?: unknown }).status))
    throw new TypeError("currentStatus: facility must be a facility record");
  const newest = [...facility.status].sort((a, b) => comparePartialDates(a.since, b.since)).at(-1);
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
        { company, share: o.share, ultimateParent: top, country: top.country ?? "UNKNOWN", asOf: o.asOf, source: o.source },
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
  const country = optional(filter.country, "filter.country", requireCountry)?.alpha2;
  const ownerCountry = optional(filter.ownerCountry, "filter.ownerCountry", requireCountry)?.alpha2;
  const mineral = optional(filter.mineral, "filter.mineral", requireMineral)?.id;
  const owner = optional(filter.owner, "filter.owner", requireCompany)?.id;
  return facilities.filter((f) => {
    if (country !== undefined && f.country !== country) return false;
    if (filter.kind !== undefined && f.kind !== filter.kind) return false;
    if (mineral !== undefined && !f.commodities.some((c) => c.mineral === mineral)) return false;
    if (filter.status !== undefined && currentStatus(f) !== filter.status) return false;
    if (owner !== undefined || ownerCountry !== undefined) {
      const owners = ownersOf(f);
      if (owner !== undefined) {
        const ids = new Set<string>(owners.flatMap((o) => parentChain(o.company.id).map((c) => c.id)));
        if (f.operator !== undefined) for (const c of parentChain(f.operator)) ids.add(c.id);
        if (!ids.has(owner)) return false;
      }
      if (ownerCountry !== undefined && !owners.some((o) => o.country === ownerCountry)) return false;
    }
    return true;
  });
}

const TONNES: Readonly<Record<string, number>> = {
  kg: 0.001,
  t: 1,
  kt: 1000,
  Mt: 1_000_000,
  tU: 1,
  oz: 0.0000311034768,
  koz: 0.0311034768,
  Moz: 31.1034768,
};

/**
 * Options for {@link controlOf}.
 *
 * @category Queries
 */
export interface ControlOptions {
  /** Weigh facilities by `production` (default) or by `capacity`. */
  measure?: "production" | "capacity";
}

/**
 * One facility's part in {@link controlOf}.
 *
 * @category Queries
 */
export interface ControlFacility {
  /** The facility. */
  facility: FacilityRecord;
  /** The output figure used (the newest of the measure, never a target). */
  output: DeepReadonly<FacilityOutput>;
  /** The figure in metric tons. */
  tonnes: number;
  /** Its owners per the newest ownership claim (today's owners, not those of the figure's year). */
  owners: CurrentOwner[];
}

/**
 * Who controls a country's output of a mineral. Shares are of the sourced facility figures counted, never
 * of the national total; `coverage` says how much of the national total those figures explain.
 *
 * @category Queries
 */
export interface Control {
  /** Country (alpha-2). */
  country: string;
  /** Mineral id. */
  mineral: string;
  /** Measure the facilities are weighed by. */
  measure: "production" | "capacity";
  /** Basis of the figures summed (facilities on another basis are in `excluded`). */
  basis: string | null;
  /** Facilities counted. */
  facilities: ControlFacility[];
  /** Facilities of the country and mineral not counted, with why. */
  excluded: { facility: FacilityRecord; reason: string }[];
  /** Sum of the counted figures, metric tons. */
  totalTonnes: number;
  /** Shares by the country of incorporation of the owners' ultimate parents, largest first; `UNKNOWN` for unowned shares. */
  byOwnerCountry: { country: string; tonnes: number; share: number }[];
  /** The national figure compared with, when the world tables have one on the same basis. */
  national: { figure: FigureRecord; tonnes: number } | null;
  /** `totalTonnes / national.tonnes`, or `null` without a comparable national figure. */
  coverage: number | null;
}

function nationalFigure(country: string, mineral: string, basis: string): FigureRecord | null {
  const alternative = new Set<string>(figureTables.filter((t) => t.kind === "alternative").map((t) => t.id));
  const candidates = figures.filter(
    (f) =>
      f.country === country &&
      f.mineral === mineral &&
      f.value !== null &&
      f.basis === basis &&
      f.measure !== "reserves" &&
      f.measure !== "capacity" &&
      !alternative.has(f.table) &&
      TONNES[f.unit] !== undefined,
  );
  const newest = (a: FigureRecord, b: FigureRecord) =>
    a.year !== b.year ? b.year - a.year : a.vintage < b.vintage ? 1 : a.vintage > b.vintage ? -1 : 0;
  return [...candidates].sort(newest)[0] ?? null;
}

/**
 * Who controls a country's output of a mineral, by the country of the owners' ultimate parents, as shares
 * of the sourced facility figures (production by default, or capacity), with the coverage against the
 * newest national figure of the world tables on the same basis. Each facility counts with its newest
 * figure of the measure (never a target, an attributable share or a monthly or daily rate) and its newest
 * owners; shares no claim covers count as `UNKNOWN`.
 *
 * @category Queries
 * @example
 * ```ts
 * import { controlOf } from "c5-minerals/facilities";
 * // KATCO's capacity: Orano Mining (France) 51%, Kazatomprom (Kazakhstan) 49%
 * const c = controlOf("KZ", "uranium", { measure: "capacity" });
 * c.byOwnerCountry.map((x) => x.country); // ["FR", "KZ"]
 * ```
 */
export function controlOf(country: string, mineral: string, options: ControlOptions = {}): Control {
  country = requireCountry(country, "country").alpha2;
  mineral = requireMineral(mineral, "mineral").id;
  requireOptions(options, "options", ["measure"]);
  const measure = options.measure ?? "production";
  if (measure !== "production" && measure !== "capacity") {
    throw new RangeError("controlOf: options.measure must be 'production' or 'capacity'");
  }
  const code = country.toUpperCase();
  const candidates = findFacilities({ country: code, mineral });
  const picked: { facility: FacilityRecord; output: DeepReadonly<FacilityOutput> }[] = [];
  const excluded: Control["excluded"] = [];
  for (const facility of candidates) {
    const outputs = (facility.output as readonly DeepReadonly<FacilityOutput>[]).filter(
      (o) =>
        o.mineral === mineral &&
        o.measure === measure &&
        o.status !== "target" &&
        o.attributable !== true &&
        (o.period ?? "year") === "year",
    );
    const output = [...outputs].sort((a, b) => a.year - b.year).at(-1);
    if (output === undefined) excluded.push({ facility, reason: `no sourced ${measure} figure` });
    else picked.push({ facility, output });
  }
  const basisCount = new Map<string, number>();
  for (const p of picked) basisCount.set(p.output.basis, (basisCount.get(p.output.basis) ?? 0) + 1);
  const basis =
    [...basisCount].sort((a, b) => b[1] - a[1] || (a[0] === "contained" ? -1 : b[0] === "contained" ? 1 : 0))[0]?.[0] ?? null;
  const counted: ControlFacility[] = [];
  for (const p of picked) {
    if (p.output.basis !== basis) {
      excluded.push({ facility: p.facility, reason: `figure on basis '${p.output.basis}', not '${basis}'` });
      continue;
    }
    const tonnes = p.output.value * (TONNES[p.output.unit] ?? Number.NaN);
    counted.push({ ...p, tonnes, owners: ownersOf(p.facility) });
  }
  const totalTonnes = counted.reduce((s, c) => s + c.tonnes, 0);
  const byCountry = new Map<string, number>();
  for (const c of counted) {
    let owned = 0;
    for (const o of c.owners) {
      byCountry.set(o.country, (byCountry.get(o.country) ?? 0) + (c.tonnes * o.share) / 100);
      owned += o.share;
    }
    if (owned < 100) byCountry.set("UNKNOWN", (byCountry.get("UNKNOWN") ?? 0) + (c.tonnes * (100 - owned)) / 100);
  }
  const byOwnerCountry = [...byCountry]
    .map(([k, tonnes]) => ({ country: k, tonnes, share: totalTonnes > 0 ? tonnes / totalTonnes : 0 }))
    .sort((a, b) => b.tonnes - a.tonnes);
  const figure = basis === null ? null : nationalFigure(code, mineral, basis);
  const national = figure === null ? null : { figure, tonnes: (figure.value ?? 0) * (TONNES[figure.unit] ?? Number.NaN) };
  const coverage = national === null || national.tonnes === 0 ? null : totalTonnes / national.tonnes;
  return {
    country: code,
    mineral,
    measure,
    basis,
    facilities: counted,
    excluded,
    totalTonnes,
    byOwnerCountry,
    national,
    coverage,
  };
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

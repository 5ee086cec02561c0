import { excerpt } from "../core/excerpt.js";
import type { DeepReadonly } from "../core/freeze.js";
import type { Company, CoverageGap, Facility, Project } from "../schemas/facility.js";
import { keySet, requireCollectionsOf } from "./collections.js";
import type { Collections } from "./integrity.js";
import { type IntegrityIssue, issueRecorder } from "./issue-recorder.js";

/**
 * Facilities, companies and projects, with the collections their references point into.
 *
 * @category Validation
 */
export interface FacilityCollections extends Collections {
  /** Facilities. */
  facilities?: readonly DeepReadonly<Facility>[];
  /** Companies. */
  companies?: readonly DeepReadonly<Company>[];
  /** Projects and deals. */
  projects?: readonly DeepReadonly<Project>[];
  /** Reasons why a country's mineral has no facility, or why its facilities' outputs explain too little of the national figure. */
  coverageGaps?: readonly DeepReadonly<CoverageGap>[];
}

/**
 * Checks the rules that span facilities, companies and projects: unique ids; references to sources,
 * countries, minerals, companies, corridor nodes, partnerships, events and facilities resolve; owners'
 * shares in a facility as of one date add up to at most 100 %, and so do the holdings (states' and other
 * holders') in a company as of one date, and partners' shares in a project;
 * company parents form no cycle. Each rule runs when the collections it needs are given.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkFacilityIntegrity } from "c5-minerals/validate";
 * const issues = checkFacilityIntegrity({
 *   companies: [{ id: "a", name: "A", aliases: [], country: "KZ", parent: "b", stateOwnership: [],
 *     listings: [], sources: ["s"] }],
 * });
 * issues[0]?.message; // "Unknown company 'b'"
 * ```
 */
export function checkFacilityIntegrity(c: FacilityCollections): IntegrityIssue[] {
  requireCollectionsOf(c, "c", ["facilities", "companies", "projects", "coverageGaps"]);
  const { issues, add, ids, ref } = issueRecorder();
  const sourceIds = keySet(c.sources, (s) => s.id);
  const countryCodes = keySet(c.countries, (x) => x.alpha2);
  const mineralIds = keySet(c.minerals, (m) => m.id);
  const nodeIds = keySet(c.nodes, (n) => n.id);
  const partnershipIds = keySet(c.partnerships, (p) => p.id);
  const eventIds = keySet(c.events, (e) => e.id);
  const facilityIds = ids("facilities", c.facilities, (f) => f.id);
  const companyIds = ids("companies", c.companies, (x) => x.id);
  ids("projects", c.projects, (p) => p.id);

  const source = (path: string, id: string) => ref(sourceIds, "source", path, id);
  const sourceList = (path: string, list: readonly string[]) => list.forEach((id, i) => source(`${path}[${i}]`, id));
  const country = (path: string, code: string) => ref(countryCodes, "country", path, code);
  const mineral = (path: string, id: string) => ref(mineralIds, "mineral", path, id);
  const company = (path: string, id: string) => ref(companyIds, "company", path, id);

  c.facilities?.forEach((f, i) => {
    const p = `facilities[${i}]`;
    sourceList(`${p}.sources`, f.sources);
    country(`${p}.country`, f.country);
    f.commodities.forEach((x, j) => mineral(`${p}.commodities[${j}].mineral`, x.mineral));
    if (f.location) source(`${p}.location.source`, f.location.source);
    if (f.location?.placedBy !== undefined) source(`${p}.location.placedBy`, f.location.placedBy);
    f.locationGap?.sources?.forEach((id, j) => source(`${p}.locationGap.sources[${j}]`, id));
    f.status.forEach((s, j) => source(`${p}.status[${j}].source`, s.source));
    if (f.operator !== undefined) company(`${p}.operator`, f.operator);
    const byDate = new Map<string, number>();
    f.owners.forEach((o, j) => {
      company(`${p}.owners[${j}].company`, o.company);
      source(`${p}.owners[${j}].source`, o.source);
      const key = `${o.asOf}|${o.source}`;
      byDate.set(key, (byDate.get(key) ?? 0) + o.share);
    });
    for (const [key, total] of byDate) {
      if (total > 100 + 1e-9) add(`${p}.owners`, `Shares as of ${key.split("|")[0]} (one source) add up to ${total} %`);
    }
    f.output.forEach((o, j) => {
      mineral(`${p}.output[${j}].mineral`, o.mineral);
      source(`${p}.output[${j}].source`, o.source);
      if (!f.commodities.some((x) => x.mineral === o.mineral)) {
        add(`${p}.output[${j}].mineral`, `'${excerpt(o.mineral)}' is not among the facility's commodities`);
      }
    });
    if (nodeIds !== undefined && !nodeIds.has(f.exit.node)) {
      add(`${p}.exit.node`, `Unknown node '${excerpt(f.exit.node)}'`);
    }
    if (f.exit.source !== undefined) source(`${p}.exit.source`, f.exit.source);
  });

  const parentOf = new Map<string, string>();
  c.companies?.forEach((x, i) => {
    const p = `companies[${i}]`;
    sourceList(`${p}.sources`, x.sources);
    if (x.country !== undefined) country(`${p}.country`, x.country);
    if (x.parent !== undefined) {
      company(`${p}.parent`, x.parent);
      parentOf.set(x.id, x.parent);
    }
    const byDate = new Map<string, number>();
    x.stateOwnership.forEach((s, j) => {
      country(`${p}.stateOwnership[${j}].state`, s.state);
      source(`${p}.stateOwnership[${j}].source`, s.source);
      byDate.set(s.asOf, (byDate.get(s.asOf) ?? 0) + s.share);
    });
    x.holders?.forEach((h, j) => {
      if (h.company !== undefined) company(`${p}.holders[${j}].company`, h.company);
      if (h.company === x.id) add(`${p}.holders[${j}].company`, "A company does not hold itself");
      if (h.country !== undefined) country(`${p}.holders[${j}].country`, h.country);
      source(`${p}.holders[${j}].source`, h.source);
      byDate.set(h.asOf, (byDate.get(h.asOf) ?? 0) + h.share);
    });
    for (const [date, total] of byDate) {
      if (total > 100 + 1e-9) add(`${p}`, `Holdings as of ${date} (states and other holders) add up to ${total} %`);
    }
    x.output?.forEach((o, j) => {
      mineral(`${p}.output[${j}].mineral`, o.mineral);
      country(`${p}.output[${j}].country`, o.country);
      source(`${p}.output[${j}].source`, o.source);
    });
  });
  c.companies?.forEach((x, i) => {
    const seen = new Set<string>([x.id]);
    for (let at = parentOf.get(x.id); at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) {
        add(`companies[${i}].parent`, `Parent chain of '${excerpt(x.id)}' loops`);
        break;
      }
      seen.add(at);
    }
  });

  c.projects?.forEach((x, i) => {
    const p = `projects[${i}]`;
    sourceList(`${p}.sources`, x.sources);
    x.minerals.forEach((m, j) => mineral(`${p}.minerals[${j}]`, m));
    x.partners.forEach((q, j) => {
      if (q.company !== undefined) company(`${p}.partners[${j}].company`, q.company);
      if (q.country !== undefined && q.country !== "EU") country(`${p}.partners[${j}].country`, q.country);
      source(`${p}.partners[${j}].source`, q.source);
    });
    const shares = x.partners.reduce((sum, q) => sum + (q.share ?? 0), 0);
    if (shares > 100 + 1e-9) add(`${p}.partners`, `Partners' shares add up to ${shares} %`);
    x.amounts.forEach((a, j) => source(`${p}.amounts[${j}].source`, a.source));
    x.stages.forEach((s, j) => source(`${p}.stages[${j}].source`, s.source));
    x.facilities.forEach((id, j) => ref(facilityIds, "facility", `${p}.facilities[${j}]`, id));
    x.partnerships.forEach((id, j) => ref(partnershipIds, "partnership", `${p}.partnerships[${j}]`, id));
    x.events.forEach((id, j) => ref(eventIds, "event", `${p}.events[${j}]`, id));
  });
  c.coverageGaps?.forEach((g, i) => {
    mineral(`coverageGaps[${i}].mineral`, g.mineral);
    if (g.sources) sourceList(`coverageGaps[${i}].sources`, g.sources);
    const hasFacility = c.facilities?.some((f) => f.country === g.country && f.commodities.some((x) => x.mineral === g.mineral));
    if (hasFacility === undefined) return;
    if ((g.kind ?? "no-facility") === "no-facility" && hasFacility) {
      add(`coverageGaps[${i}]`, `${g.country} ${g.mineral} has a facility; the gap is stale`);
    }
    if (g.kind === "output" && !hasFacility) {
      add(`coverageGaps[${i}].kind`, `${g.country} ${g.mineral} has no facility; an output gap needs one (use 'no-facility')`);
    }
  });
  return issues;
}

import type { DeepReadonly } from "../core/freeze.js";
import type { TradeMeasure } from "../schemas/measure.js";
import type { PolicyEvent } from "../schemas/policy-event.js";
import { keySet, requireCollectionsOf } from "./collections.js";
import type { FacilityCollections } from "./facilities-integrity.js";
import type { IntegrityIssue } from "./issue-recorder.js";
import { issueRecorder } from "./issue-recorder.js";

/**
 * Measures and policy events, with the collections their references point into.
 *
 * @category Validation
 */
export interface MeasureCollections extends Pick<FacilityCollections, "sources" | "minerals" | "facilities" | "companies"> {
  /** Trade and investment measures. */
  measures?: readonly DeepReadonly<TradeMeasure>[];
  /** Laws and policy events. */
  policyEvents?: readonly DeepReadonly<PolicyEvent>[];
}

/**
 * Checks the rules that span measures and policy events: unique ids; references to sources, minerals,
 * facilities, companies, other measures and other events resolve; a measure and the measure it amends,
 * extends, renews or replaces belong to the same country, and the change is not signed before what it
 * changes; measures of one `series` share a country and a kind. Each rule runs when the collections it
 * needs are given.
 *
 * @category Validation
 * @example
 * ```ts
 * import { checkMeasureIntegrity } from "c5-minerals/validate";
 * const issues = checkMeasureIntegrity({
 *   measures: [{ id: "a", country: "KZ", kind: "export-quota", name: "A", act: { title: "T" },
 *     products: [{ wording: "gold", minerals: ["gold"], hs: [] }], dates: {}, summary: "S", evidence: "news",
 *     relation: { kind: "amends", measure: "b" }, sources: ["s"] }],
 * });
 * issues[0]?.message; // "Unknown measure 'b'"
 * ```
 */
export function checkMeasureIntegrity(c: MeasureCollections): IntegrityIssue[] {
  requireCollectionsOf(c, "c", ["measures", "policyEvents", "sources", "minerals", "facilities", "companies"]);
  const { issues, add, ids, ref } = issueRecorder();
  const sourceIds = keySet(c.sources, (s) => s.id);
  const mineralIds = keySet(c.minerals, (m) => m.id);
  const facilityIds = keySet(c.facilities, (f) => f.id);
  const companyIds = keySet(c.companies, (x) => x.id);
  const measureIds = ids("measures", c.measures, (m) => m.id);
  const eventIds = ids("policyEvents", c.policyEvents, (e) => e.id);
  const list = (what: string, set: Set<string> | undefined, path: string, values: readonly string[] | undefined) =>
    values?.forEach((v, i) => ref(set, what, `${path}[${i}]`, v));

  const measureById = new Map((c.measures ?? []).map((m) => [m.id, m]));
  const series = new Map<string, DeepReadonly<TradeMeasure>>();
  (c.measures ?? []).forEach((m, i) => {
    const at = `measures[${i}]`;
    list("source", sourceIds, `${at}.sources`, m.sources);
    list("facility", facilityIds, `${at}.facilities`, m.facilities);
    m.products.forEach((p, j) => list("mineral", mineralIds, `${at}.products[${j}].minerals`, p.minerals));
    m.disagreements?.forEach((d, j) =>
      d.claims.forEach((claim, k) => ref(sourceIds, "source", `${at}.disagreements[${j}].claims[${k}].source`, claim.source)),
    );
    if (m.relation !== undefined) {
      ref(measureIds, "measure", `${at}.relation.measure`, m.relation.measure);
      const target = measureById.get(m.relation.measure);
      if (target !== undefined) {
        if (target.country !== m.country)
          add(`${at}.relation`, `${m.id} (${m.country}) ${m.relation.kind} ${target.id} of another country (${target.country})`);
        const mine = m.dates.signed ?? m.dates.inForce;
        const theirs = target.dates.signed ?? target.dates.inForce;
        if (mine !== undefined && theirs !== undefined && mine < theirs.slice(0, mine.length))
          add(`${at}.relation`, `${m.id} (${mine}) is dated before ${target.id} (${theirs}), which it ${m.relation.kind}`);
      }
    }
    if (m.series !== undefined) {
      const first = series.get(m.series);
      if (first === undefined) series.set(m.series, m);
      else if (first.country !== m.country || first.kind !== m.kind)
        add(
          `${at}.series`,
          `Series '${m.series}' mixes ${first.id} (${first.country}, ${first.kind}) and ${m.id} (${m.country}, ${m.kind})`,
        );
    }
  });
  (c.policyEvents ?? []).forEach((e, i) => {
    const at = `policyEvents[${i}]`;
    list("source", sourceIds, `${at}.sources`, e.sources);
    list("mineral", mineralIds, `${at}.minerals`, e.minerals);
    list("facility", facilityIds, `${at}.facilities`, e.facilities);
    list("company", companyIds, `${at}.companies`, e.companies);
    if (e.relation !== undefined) ref(eventIds, "policy event", `${at}.relation.event`, e.relation.event);
    if (e.claim !== undefined) {
      ref(sourceIds, "source", `${at}.claim.source`, e.claim.source);
      e.claim.doubts?.forEach((d, j) => ref(sourceIds, "source", `${at}.claim.doubts[${j}].source`, d.source));
    }
    e.disagreements?.forEach((d, j) =>
      d.claims.forEach((claim, k) => ref(sourceIds, "source", `${at}.disagreements[${j}].claims[${k}].source`, claim.source)),
    );
  });
  return issues;
}

/**
 * The rules that shape the flows: export measures of the C5 states (bans, quotas, duties, licences, the
 * state's right of first purchase, processing requirements) and their laws and policy events (subsoil codes,
 * tax changes, takeovers and settlements, moratoria, strategies, discovery claims, EITI decisions), dated
 * and sourced, with queries for what is in force on a date.
 *
 * @module measures
 */
export {
  getMeasure,
  getPolicyEvent,
  type MeasureId,
  type MeasureRecord,
  measures,
  type PolicyEventId,
  type PolicyEventRecord,
  policyEvents,
} from "./datasets/measures.js";
export { type FacilityMeasures, measuresForFacility, measuresForRoute } from "./queries/measures-for.js";
export {
  type MeasureInForce,
  type MeasuresInForce,
  measuresInForce,
  type UncertainMeasure,
} from "./queries/measures-in-force.js";
export {
  type PolicyTimeline,
  type PolicyTimelineEntry,
  type PolicyTimelineOptions,
  policyTimeline,
} from "./queries/policy-timeline.js";

/**
 * Partnerships, dialogues and agreements touching the C5 and critical minerals or connectivity, with dated
 * membership, and the events (summits, meetings, signings) that form their timeline.
 *
 * @module partnerships
 */
export {
  type EventRecord,
  events,
  getPartnership,
  type PartnershipId,
  type PartnershipRecord,
  partnerships,
} from "./datasets/partnerships.js";
export { type MemberRecord, membersAsOf, partnershipsOf } from "./queries/membership.js";
export { type TimelineFilter, timeline } from "./queries/timeline.js";

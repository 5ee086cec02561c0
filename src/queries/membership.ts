import type { DeepReadonly } from "../core/freeze.js";
import { requireString } from "../core/guards.js";
import { comparePartialDates, requireDay } from "../core/partial-dates.js";
import { unknownValue } from "../core/resolve.js";
import { countries, getCountry } from "../datasets/countries.js";
import { type PartnershipRecord, partnerships, requirePartnership } from "../datasets/partnerships.js";
import type { Membership } from "../schemas/partnership.js";

/**
 * A dated membership as the datasets hold it.
 *
 * @category Queries
 */
export type MemberRecord = DeepReadonly<Membership>;

/**
 * Whether a membership is in force on a date. A join date known only to the month or year counts from
 * its first day; a leave date known only to the month or year counts to its last day.
 */
function activeOn(m: MemberRecord, date: string): boolean {
  if (comparePartialDates(m.joined, date.slice(0, m.joined.length)) > 0) return false;
  if (m.left === undefined) return true;
  return comparePartialDates(date.slice(0, m.left.length), m.left) < 0;
}

/**
 * The members of a partnership on a date (YYYY-MM-DD), with their membership records. Throws a
 * `RangeError` for an unknown partnership or a malformed date.
 *
 * @category Queries
 * @example
 * ```ts
 * import { membersAsOf } from "c5-minerals/partnerships";
 * membersAsOf("minerals-security-partnership", "2024-01-01").map((m) => m.party).includes("IN"); // true
 * ```
 */
export function membersAsOf(partnershipId: string, date: string): MemberRecord[] {
  const p = requirePartnership(partnershipId, "partnershipId");
  requireDay(date, "date");
  const members: readonly MemberRecord[] = p.members;
  return members.filter((m) => activeOn(m, date));
}

let parties: readonly string[] | undefined;
/** Every party code that some partnership has as a member (countries and organisations such as EU). */
const memberCodes = (): readonly string[] =>
  (parties ??= [...new Set(partnerships.flatMap((p) => (p.members as readonly MemberRecord[]).map((m) => m.party)))].sort());

/**
 * The partnerships a country (or `EU`) belongs to on a date (YYYY-MM-DD).
 *
 * @category Queries
 * @example
 * ```ts
 * import { partnershipsOf } from "c5-minerals/partnerships";
 * partnershipsOf("KZ", "2024-06-01").map((p) => p.id).includes("c5-plus-1-critical-minerals-dialogue"); // true
 * ```
 */
export function partnershipsOf(party: string, date: string): PartnershipRecord[] {
  requireString(party, "party");
  requireDay(date, "date");
  // a party is a country (any code or name) or an organisation's code such as EU
  const code =
    getCountry(party)?.alpha2 ??
    memberCodes().find((c) => c === party.trim().toUpperCase()) ??
    (() => {
      throw unknownValue("party", "country or member organisation", party, [...countries.map((c) => c.name), ...memberCodes()]);
    })();
  return partnerships.filter((p) => (p.members as readonly MemberRecord[]).some((m) => m.party === code && activeOn(m, date)));
}

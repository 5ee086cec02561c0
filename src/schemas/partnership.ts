import * as z from "zod";
import { isPartialDate } from "../core/partial-dates.js";
import { certainlyBefore, Id, IsoDate, PartialDate, PartyCode, SourceRefs, uniqueArray } from "./common.js";

/**
 * What kind of arrangement a partnership is.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PartnershipKind } from "c5-minerals/schemas";
 * PartnershipKind.parse("dialogue");
 * ```
 */

export const PartnershipKind = z
  .enum(["format", "dialogue", "partnership", "initiative", "forum", "network", "memorandum", "agreement"])
  .meta({ description: "format, dialogue, partnership, initiative, forum, network, memorandum or agreement." });
/**
 * What kind of arrangement a partnership is.
 *
 * @category Schemas
 */
export type PartnershipKind = z.infer<typeof PartnershipKind>;

/**
 * One party's membership of a partnership over time: when it joined and, if it did, when it left.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Membership } from "c5-minerals/schemas";
 * Membership.safeParse({ party: "KZ", joined: "2024", left: "2023", source: "s" }).success; // false
 * ```
 */
export const Membership = z
  .strictObject({
    party: PartyCode,
    joined: PartialDate.meta({ description: "When the party joined, to the precision sourced." }),
    left: PartialDate.optional().meta({ description: "When the party left, if it did." }),
    role: z.string().min(1).optional().meta({ description: "Role when it is not plain membership (e.g. 'observer')." }),
    source: Id,
  })
  .superRefine((m, ctx) => {
    if (m.left !== undefined && datesBefore(m.left, m.joined)) {
      ctx.addIssue({ code: "custom", path: ["left"], message: `Left (${m.left}) before it joined (${m.joined})` });
    }
  })
  .meta({ id: "Membership", description: "A party's dated membership. Rule: left is not before joined." });
/**
 * A party's dated membership.
 *
 * @category Schemas
 */
export type Membership = z.infer<typeof Membership>;

/**
 * A dialogue, format, partnership, initiative, memorandum or agreement, with its dated membership.
 *
 * Rules beyond the field types: no party is listed twice; nobody joins before the launch; a partnership
 * is not its own parent.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Partnership } from "c5-minerals/schemas";
 * const r = Partnership.safeParse({ id: "p", name: "P", aliases: [], kind: "dialogue", launched: "2024-02-08",
 *   summary: "A dialogue.", focusMinerals: [], members: [{ party: "KZ", joined: "2023", source: "s" }],
 *   sources: ["s"] });
 * r.success; // false: a member joined before the launch
 * ```
 */
export const Partnership = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    aliases: uniqueArray(z.string().min(1), "alias"),
    kind: PartnershipKind,
    parent: Id.optional().meta({ description: "Id of the format this one sits under (the dialogue sits under C5+1)." }),
    announced: PartialDate.optional().meta({ description: "When it was announced, if before the launch." }),
    launched: PartialDate.meta({ description: "When it began: first meeting, signature or launch." }),
    summary: z.string().min(1).meta({ description: "What it is for, in the curators' own words." }),
    focusMinerals: uniqueArray(Id, "mineral id").meta({ description: "Mineral ids it names as a focus." }),
    members: uniqueArray(Membership, "member", (m) => m.party).meta({ description: "Dated membership, one entry per party." }),
    sources: SourceRefs,
  })
  .superRefine((p, ctx) => {
    if (p.parent === p.id) ctx.addIssue({ code: "custom", path: ["parent"], message: "A partnership cannot be its own parent" });
    p.members.forEach((m, i) => {
      if (datesBefore(m.joined, p.launched)) {
        ctx.addIssue({
          code: "custom",
          path: ["members", i, "joined"],
          message: `${m.party} joined (${m.joined}) before the launch (${p.launched})`,
        });
      }
    });
  })
  .meta({
    id: "Partnership",
    description: "A dialogue, format or agreement with dated membership. Rules: no party twice; nobody joins before launch.",
  });
/**
 * A partnership with dated membership.
 *
 * @category Schemas
 */
export type Partnership = z.infer<typeof Partnership>;

/**
 * What kind of event an event is.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EventKind } from "c5-minerals/schemas";
 * EventKind.parse("summit");
 * ```
 */
export const EventKind = z
  .enum(["summit", "ministerial", "meeting", "signing", "forum", "announcement"])
  .meta({ description: "summit, ministerial, meeting, signing, forum or announcement." });
/**
 * What kind of event an event is.
 *
 * @category Schemas
 */
export type EventKind = z.infer<typeof EventKind>;

/**
 * A dated meeting, summit or signing on the partnership timeline.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Event } from "c5-minerals/schemas";
 * Event.shape.date.description;
 * ```
 */
export const Event = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    kind: EventKind,
    date: IsoDate.meta({ description: "First day of the event." }),
    endDate: IsoDate.optional().meta({ description: "Last day, for events of more than one day." }),
    place: z
      .strictObject({
        city: z.string().min(1).optional(),
        country: PartyCode.optional(),
        virtual: z.boolean().optional(),
      })
      .optional(),
    chair: z.string().min(1).optional().meta({ description: "Who chaired, as the source names them." }),
    participants: uniqueArray(PartyCode, "participant").meta({ description: "Parties represented." }),
    partnerships: uniqueArray(Id, "partnership id").meta({ description: "Partnerships the event belongs to." }),
    outcomes: z.array(z.string().min(1)).meta({ description: "Outcomes, one line each, in the curators' words." }),
    sources: SourceRefs,
  })
  .superRefine((e, ctx) => {
    if (e.endDate !== undefined && e.endDate < e.date) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: `Ends (${e.endDate}) before it starts (${e.date})` });
    }
  })
  .meta({ id: "Event", description: "A dated meeting, summit or signing. Rule: endDate is not before date." });
/**
 * A dated meeting, summit or signing.
 *
 * @category Schemas
 */
export type Event = z.infer<typeof Event>;

/** Whether date `a` is certainly before `b`, false when either is not a valid date (its own issue says so). */
const datesBefore = (a: string, b: string) => isPartialDate(a) && isPartialDate(b) && certainlyBefore(a, b);

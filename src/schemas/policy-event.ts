/**
 * Laws and policy events of the C5 states: subsoil codes and their reforms, mining-tax changes, takeovers
 * and settlements, moratoria, strategies, discovery claims and EITI decisions.
 *
 * @module
 */
import * as z from "zod";
import { isPartialDate } from "../core/partial-dates.js";
import { EVENT_DATE_KINDS, POLICY_EVENT_KINDS } from "../core/vocabulary.js";
import { C5CountryCode, certainlyBefore, Id, PartialDate, SourceRefs, uniqueArray } from "./common.js";
import { Act, Disagreement, Evidence } from "./measure.js";

/**
 * What kind of policy event an event is.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PolicyEventKind } from "c5-minerals/schemas";
 * PolicyEventKind.parse("subsoil-law"); // "subsoil-law"
 * ```
 */
export const PolicyEventKind = z.enum(POLICY_EVENT_KINDS).meta({
  description:
    "subsoil-law, subsoil-law-amendment, mining-tax, precious-metals-law, nationalisation (takeover), court-decision, settlement, licensing-moratorium, licensing-rule, strategy (programme, critical-mineral plan), discovery-claim, eiti (membership, validation, suspension).",
});
/**
 * What kind of policy event an event is.
 *
 * @category Schemas
 */
export type PolicyEventKind = z.infer<typeof PolicyEventKind>;

/**
 * What an event's date is: when the act was signed, adopted by parliament, took effect, a body decided,
 * something was announced, a deal was completed, an act was published, or a process began.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EventDateKind } from "c5-minerals/schemas";
 * EventDateKind.parse("signed"); // "signed"
 * ```
 */
export const EventDateKind = z
  .enum(EVENT_DATE_KINDS)
  .meta({ description: "What the date is: signed, adopted, in-force, decided, announced, completed, published or began." });
/**
 * What an event's date is.
 *
 * @category Schemas
 */
export type EventDateKind = z.infer<typeof EventDateKind>;

/**
 * A claimed figure (a discovery's resources, a fine, a payment): the figure as claimed, who claims it,
 * and who doubts it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ClaimedFigure } from "c5-minerals/schemas";
 * ClaimedFigure.parse({ figure: "over 20 million t", by: "Ministry of Industry and Construction", source: "s" });
 * ```
 */
export const ClaimedFigure = z
  .strictObject({
    figure: z.string().min(1).meta({ description: "The figure with its unit, as claimed." }),
    what: z.string().min(1).optional().meta({ description: "What the figure measures, in the claimant's terms." }),
    by: z.string().min(1).meta({ description: "Who claims it." }),
    source: Id,
    doubts: z
      .array(z.strictObject({ by: z.string().min(1), says: z.string().min(1), source: Id }))
      .optional()
      .meta({ description: "Who disputes or qualifies the claim, and what they say (curators' words)." }),
  })
  .meta({ id: "ClaimedFigure", description: "A claimed figure, who claims it and who doubts it." });
/**
 * A claimed figure.
 *
 * @category Schemas
 */
export type ClaimedFigure = z.infer<typeof ClaimedFigure>;

/**
 * An EITI decision: its outcome, the Board's reference, and the assessment or score it gave.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EitiDecision } from "c5-minerals/schemas";
 * EitiDecision.parse({ outcome: "suspended", reference: "2022-4 / BC-317" });
 * ```
 */
export const EitiDecision = z
  .strictObject({
    outcome: z.enum(["joined", "validated", "suspended", "suspension-lifted", "assessed"]),
    reference: z.string().min(1).optional().meta({ description: "The Board decision's reference as printed." }),
    assessment: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The Board's overall assessment as worded ('meaningful progress')." }),
    score: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({ description: "Overall score (points out of 100) under the 2019 Standard." }),
  })
  .meta({ id: "EitiDecision", description: "An EITI decision's outcome, reference and assessment." });
/**
 * An EITI decision.
 *
 * @category Schemas
 */
export type EitiDecision = z.infer<typeof EitiDecision>;

/**
 * A law or policy event of a C5 state, with the date of what happened (and what that date is), the act,
 * the minerals, facilities and companies it concerns, what it changes, and the sources.
 *
 * Rules beyond the field types: `inForce` and `ended` are not before `date` when `date` is when it was
 * signed or adopted; `ended` is not before `inForce`; an event does not relate to itself; an `eiti` event has
 * an `eiti` decision and only it does; a `discovery-claim` has a `claim`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PolicyEvent } from "c5-minerals/schemas";
 * PolicyEvent.shape.kind.options.includes("eiti"); // true
 * ```
 */
export const PolicyEvent = z
  .strictObject({
    id: Id,
    country: C5CountryCode,
    kind: PolicyEventKind,
    name: z.string().min(1).meta({ description: "Short name, in the curators' words." }),
    date: PartialDate.meta({ description: "When it happened, to the precision sourced." }),
    dateIs: EventDateKind,
    inForce: PartialDate.optional().meta({ description: "When the act took effect, if that is a different date." }),
    ended: PartialDate.optional().meta({ description: "When it ended or lost force, as a source says." }),
    act: Act.optional(),
    minerals: uniqueArray(Id, "mineral id").meta({
      description: "Mineral ids it concerns (empty when it concerns the sector as a whole).",
    }),
    facilities: uniqueArray(Id, "facility id").meta({ description: "Facility ids it concerns." }),
    companies: uniqueArray(Id, "company id").meta({ description: "Company ids it concerns." }),
    relation: z
      .strictObject({
        kind: z.enum(["amends", "replaces", "repeals", "follows", "settles", "lifts"]),
        event: Id.meta({ description: "Id of the policy event it relates to." }),
      })
      .optional(),
    claim: ClaimedFigure.optional(),
    eiti: EitiDecision.optional(),
    summary: z.string().min(1).meta({ description: "What happened, in the curators' words." }),
    evidence: Evidence,
    disagreements: z.array(Disagreement).optional(),
    sources: SourceRefs,
  })
  .superRefine((e, ctx) => {
    const starts = e.dateIs === "signed" || e.dateIs === "adopted";
    if (starts && e.inForce !== undefined && datesBefore(e.inForce, e.date))
      ctx.addIssue({
        code: "custom",
        path: ["inForce"],
        message: `inForce (${e.inForce}) is before the ${e.dateIs} date (${e.date})`,
      });
    if (e.ended !== undefined && datesBefore(e.ended, e.inForce ?? e.date))
      ctx.addIssue({
        code: "custom",
        path: ["ended"],
        message: `ended (${e.ended}) is before it began (${e.inForce ?? e.date})`,
      });
    if (e.relation?.event === e.id)
      ctx.addIssue({ code: "custom", path: ["relation", "event"], message: "An event cannot relate to itself" });
    if ((e.kind === "eiti") !== (e.eiti !== undefined))
      ctx.addIssue({ code: "custom", path: ["eiti"], message: "An eiti event, and only one, carries an eiti decision" });
    if (e.kind === "discovery-claim" && e.claim === undefined)
      ctx.addIssue({ code: "custom", path: ["claim"], message: "A discovery claim carries the claimed figure" });
  })
  .meta({
    id: "PolicyEvent",
    description:
      "A law or policy event of a C5 state. Rules: dates ordered; eiti events carry the decision; claims carry the figure.",
  });
/**
 * A law or policy event of a C5 state.
 *
 * @category Schemas
 */
export type PolicyEvent = z.infer<typeof PolicyEvent>;

/** Whether date `a` is certainly before `b`, false when either is not a valid date (its own issue says so). */
const datesBefore = (a: string, b: string) => isPartialDate(a) && isPartialDate(b) && certainlyBefore(a, b);

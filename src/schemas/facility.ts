import * as z from "zod";
import { Alpha2, C5CountryCode, Coordinates, certainlyBefore, Id, PartialDate, SourceRefs, uniqueArray } from "./common.js";

/**
 * What a facility is: a mine (open-pit, underground or unspecified), an in-situ-leach uranium field, a
 * concentrator, a smelter, a refinery, another processing plant, a mining and processing complex, or a
 * deposit not yet mined.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityKind } from "c5-minerals/schemas";
 * FacilityKind.parse("isl-field");
 * ```
 */
export const FacilityKind = z
  .enum([
    "mine",
    "open-pit-mine",
    "underground-mine",
    "isl-field",
    "concentrator",
    "smelter",
    "refinery",
    "plant",
    "complex",
    "deposit",
  ])
  .meta({
    description:
      "mine, open-pit-mine, underground-mine, isl-field (in-situ leach), concentrator, smelter, refinery, plant (other processing), complex (mine with its processing), deposit (not yet mined).",
  });
/**
 * What a facility is.
 *
 * @category Schemas
 */
export type FacilityKind = z.infer<typeof FacilityKind>;

/**
 * The stage of a commodity a facility handles: ore, concentrate, an intermediate, metal, alloy (ferroalloys),
 * a chemical compound or a finished non-metal product.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CommodityStage } from "c5-minerals/schemas";
 * CommodityStage.parse("concentrate");
 * ```
 */
export const CommodityStage = z.enum(["ore", "concentrate", "intermediate", "metal", "alloy", "compound", "product"]).meta({
  description:
    "ore, concentrate, intermediate (e.g. doré, matte, uranium concentrate), metal, alloy, compound (e.g. alumina) or product (a finished non-metal product such as iodine, potash or urea).",
});
/**
 * The stage of a commodity a facility handles.
 *
 * @category Schemas
 */
export type CommodityStage = z.infer<typeof CommodityStage>;

/**
 * What a facility is doing: `operating`, under `construction`, in `development` (studies, permitting),
 * in `exploration`, `suspended` (a stop the operator or an authority calls temporary), on
 * `care-and-maintenance` (idled with no restart planned), or `closed`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityStatusValue } from "c5-minerals/schemas";
 * FacilityStatusValue.parse("care-and-maintenance");
 * ```
 */
export const FacilityStatusValue = z
  .enum(["operating", "construction", "development", "exploration", "suspended", "care-and-maintenance", "closed"])
  .meta({
    description:
      "operating, construction, development, exploration, suspended (a temporary stop), care-and-maintenance (idled, no restart planned) or closed.",
  });
/**
 * What a facility is doing.
 *
 * @category Schemas
 */
export type FacilityStatusValue = z.infer<typeof FacilityStatusValue>;

/**
 * A facility's coordinates with their precision and source: `site` when the source locates the facility
 * itself, `town` when another source puts the facility in a town (the point is then the town's, from the
 * cited source), `district` when only the district (or the settlement the source says it is near) is known.
 * A point that stands for a town or district names both sources: `source` for the coordinates and
 * `placedBy` for the statement that the facility is there.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityLocation } from "c5-minerals/schemas";
 * FacilityLocation.parse({ lat: 50.25, lon: 58.27, precision: "town", source: "s", placedBy: "t" });
 * FacilityLocation.safeParse({ lat: 50.25, lon: 58.27, precision: "site", source: "s", placedBy: "t" }).success; // false
 * ```
 */
export const FacilityLocation = z
  .strictObject({
    ...Coordinates.shape,
    precision: z
      .enum(["site", "town", "district"])
      .meta({ description: "What the point locates: the site, its town or its district." }),
    source: Id.meta({ description: "Source that states the coordinates." }),
    placedBy: Id.optional().meta({
      description:
        "Source that puts the facility in the town or district the point stands for (precision 'town' or 'district'), when that is not the coordinates' source.",
    }),
    note: z.string().min(1).optional().meta({ description: "E.g. which town the point is, when precision is 'town'." }),
  })
  .superRefine((l, ctx) => {
    if (l.placedBy !== undefined && l.precision === "site") {
      ctx.addIssue({ code: "custom", path: ["placedBy"], message: "A site's own coordinates need no placedBy source" });
    }
    if (l.placedBy !== undefined && l.placedBy === l.source) {
      ctx.addIssue({ code: "custom", path: ["placedBy"], message: "placedBy repeats the coordinates' source" });
    }
  })
  .meta({
    id: "FacilityLocation",
    description:
      "WGS 84 point with its precision and source. Rules: placedBy only for a town or district point, and not the coordinates' source.",
  });
/**
 * A facility's sourced coordinates.
 *
 * @category Schemas
 */
export type FacilityLocation = z.infer<typeof FacilityLocation>;

/**
 * Why a facility has no coordinates: what the sources read say of where it is, and why that does not make
 * a point (several sites, only a province, no coordinate source for the place named).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { LocationGap } from "c5-minerals/schemas";
 * LocationGap.parse({ reason: "Three mines in two districts; no single point stands for them." });
 * LocationGap.safeParse({ reason: "" }).success; // false
 * ```
 */
export const LocationGap = z
  .strictObject({
    reason: z.string().min(1).meta({ description: "Why no point is given, in the curators' words." }),
    sources: z
      .array(Id)
      .optional()
      .meta({ description: "Sources that say where the facility is, short of a point (e.g. its district)." }),
  })
  .meta({ id: "LocationGap", description: "Why a facility has no coordinates." });
/**
 * Why a facility has no coordinates.
 *
 * @category Schemas
 */
export type LocationGap = z.infer<typeof LocationGap>;

/**
 * A mineral a facility produces or handles, and at what stage.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityCommodity } from "c5-minerals/schemas";
 * FacilityCommodity.parse({ mineral: "chromium", stage: "ore" });
 * ```
 */
export const FacilityCommodity = z
  .strictObject({
    mineral: Id.meta({ description: "Mineral id (data/minerals.json)." }),
    stage: CommodityStage,
    byproduct: z.boolean().optional().meta({ description: "True when it is a by-product of the facility's main output." }),
  })
  .meta({ id: "FacilityCommodity", description: "A mineral and the stage a facility handles it at." });
/**
 * A mineral a facility handles.
 *
 * @category Schemas
 */
export type FacilityCommodity = z.infer<typeof FacilityCommodity>;

/**
 * What happened to a facility on a status entry's date: it opened (first production), was commissioned
 * (a new unit started), construction started, it was suspended or restarted, closed, nationalised, sold
 * or bought.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityEvent } from "c5-minerals/schemas";
 * FacilityEvent.parse("restart");
 * ```
 */
export const FacilityEvent = z
  .enum(["opening", "commissioning", "construction-start", "suspension", "restart", "closure", "nationalisation", "sale"])
  .meta({
    description:
      "opening (first production), commissioning (a new unit), construction-start, suspension, restart, closure, nationalisation (the state takes it over) or sale (a change of owner).",
  });
/**
 * What happened to a facility on a status entry's date.
 *
 * @category Schemas
 */
export type FacilityEvent = z.infer<typeof FacilityEvent>;

/**
 * A status of a facility: what it was doing, from when (`since`, the event's own date, to the precision
 * the source gives) and when a source saw it so (`observed`, e.g. the date of the article). A status with
 * no known start has only `observed`; the date a source was published is never a `since` unless the
 * source says the event happened that day (`sameDay`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityStatus } from "c5-minerals/schemas";
 * FacilityStatus.parse({ status: "suspended", since: "2025-01-01", event: "suspension", observed: "2025-01-02", source: "s" });
 * FacilityStatus.safeParse({ status: "operating", source: "s" }).success; // false
 * ```
 */
export const FacilityStatus = z
  .strictObject({
    status: FacilityStatusValue,
    since: PartialDate.optional().meta({
      description: "When the status began (the event's date), to the precision sourced; absent when no source read gives it.",
    }),
    observed: PartialDate.optional().meta({
      description: "When a source observed or reported the status (not when it began).",
    }),
    event: FacilityEvent.optional().meta({ description: "The event that began the status, when the source names one." }),
    sameDay: z.literal(true).optional().meta({
      description: "True when the source says the event happened on the day the source was published.",
    }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine((s, ctx) => {
    if (s.since === undefined && s.observed === undefined) {
      ctx.addIssue({ code: "custom", path: ["since"], message: "Give the date the status began, or when it was observed" });
    }
  })
  .meta({
    id: "FacilityStatus",
    description: "A sourced status: since (event date) and observed (report date). Rule: one of the two.",
  });
/**
 * A sourced, dated status.
 *
 * @category Schemas
 */
export type FacilityStatus = z.infer<typeof FacilityStatus>;

/**
 * Why a share was inferred rather than stated: a "wholly owned" or "subsidiary" statement without a
 * figure, a division of the owner, the only owner named without a figure, an operator named without an
 * owner, an acquisition without a stated share, a state enterprise's unit, or a company a source calls
 * state-owned without a figure.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { InferredShare } from "c5-minerals/schemas";
 * InferredShare.parse({ from: "division", note: "Listed among the owner's divisions." });
 * ```
 */
export const InferredShare = z
  .strictObject({
    from: z
      .enum([
        "wholly-owned-statement",
        "subsidiary-without-figures",
        "division",
        "owner-named-without-share",
        "operator-only",
        "acquisition-without-share",
        "state-enterprise-unit",
        "state-owned-statement",
        "disposal-completed",
      ])
      .meta({
        description:
          "wholly-owned-statement; subsidiary-without-figures; division (a unit of the owner); owner-named-without-share (the only owner named, no figure); operator-only (the source names the operator, no owner); acquisition-without-share (bought, share not stated); state-enterprise-unit (a unit of a state enterprise); state-owned-statement (the source calls the company state-owned, no figure); disposal-completed (a 0 share: the sources say the holder was to give up all its shares and that the deal completed).",
      }),
    note: z.string().min(1).optional(),
  })
  .meta({ id: "InferredShare", description: "What a share was inferred from, when no source states the figure." });
/**
 * What a share was inferred from.
 *
 * @category Schemas
 */
export type InferredShare = z.infer<typeof InferredShare>;

/**
 * A company's share in a facility as of a date, per a source. Claims from different sources may disagree;
 * both are kept.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Ownership } from "c5-minerals/schemas";
 * Ownership.safeParse({ company: "c", share: 101, asOf: "2024", source: "s" }).success; // false
 * Ownership.parse({ company: "c", share: 100, asOf: "2024", inferred: { from: "division" }, source: "s" }).inferred?.from; // "division"
 * ```
 */
export const Ownership = z
  .strictObject({
    company: Id.meta({ description: "Company id." }),
    share: z.number().gt(0).max(100).meta({ description: "Share in per cent." }),
    asOf: PartialDate.meta({
      description: "The date the source states the share for (an observation, not when it took effect).",
    }),
    since: PartialDate.optional().meta({
      description: "When the holding took effect (deal closing, decree, registration), when a source gives it.",
    }),
    sameDay: z.literal(true).optional().meta({
      description: "True when the source says the holding took effect (or ended) on the day the source was published.",
    }),
    inferred: InferredShare.optional().meta({ description: "Present when the share is inferred, not stated." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "Ownership", description: "A dated, sourced ownership share in per cent." });
/**
 * A dated, sourced ownership share.
 *
 * @category Schemas
 */
export type Ownership = z.infer<typeof Ownership>;

/**
 * A facility's capacity or production in one year, as its source states it (unit, basis, form and status
 * kept; never converted).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityOutput } from "c5-minerals/schemas";
 * FacilityOutput.parse({ measure: "production", mineral: "uranium", value: 3000, unit: "tU",
 *   basis: "contained", form: "uranium", year: 2024, status: "reported", source: "s" });
 * ```
 */
export const FacilityOutput = z
  .strictObject({
    measure: z.enum(["capacity", "production"]).meta({ description: "Design or nameplate capacity, or actual production." }),
    mineral: Id,
    value: z.number().nonnegative(),
    unit: z.enum(["kg", "t", "kt", "Mt", "tU", "oz", "koz", "Moz", "Mlb"]).meta({
      description:
        "kg, t, kt, Mt, tU (tonnes of contained uranium), oz, koz, Moz (troy ounces), Mlb (million pounds, as uranium producers report U3O8).",
    }),
    basis: z.enum(["gross-weight", "contained", "oxide-equivalent", "product"]),
    form: z.string().min(1).meta({ description: "What is weighed, e.g. 'copper cathode', 'chromite ore'." }),
    period: z
      .enum(["year", "month", "day"])
      .optional()
      .meta({ description: "The period the value is per, when the source gives a rate per month or day; per year otherwise." }),
    year: z.number().int().min(1900).max(2100),
    status: z.enum(["reported", "estimated", "target"]).meta({
      description: "reported by the source; estimated (the source says so); target (a plan or guidance, never an outturn).",
    }),
    attributable: z
      .boolean()
      .optional()
      .meta({ description: "True when the value is one owner's attributable share, not 100%." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "FacilityOutput", description: "A sourced capacity or production value for one year." });
/**
 * A sourced capacity or production value.
 *
 * @category Schemas
 */
export type FacilityOutput = z.infer<typeof FacilityOutput>;

/**
 * A company's total production or capacity in one country and year, as its source prints it: the whole of
 * the operations it runs or consolidates (the 100 % basis, its partners' shares included), or, with
 * `attributable`, its own share of them. Never split over facilities, never added to a facility's figures.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CompanyOutput } from "c5-minerals/schemas";
 * CompanyOutput.parse({ measure: "production", mineral: "gold", value: 96.4, unit: "t", basis: "contained",
 *   form: "gold", year: 2024, status: "reported", country: "UZ", source: "s" }).country; // "UZ"
 * CompanyOutput.safeParse({ measure: "production", mineral: "gold", value: 1, unit: "t", basis: "contained",
 *   form: "gold", year: 2024, status: "reported", source: "s" }).success; // false: say which country's operations
 * ```
 */
export const CompanyOutput = FacilityOutput.extend({
  country: Alpha2.meta({ description: "The country whose operations the total covers." }),
  scope: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "What the total covers, as the source says (e.g. 'the group's subsidiaries and joint ventures')." }),
}).meta({
  id: "CompanyOutput",
  description: "A company's sourced production or capacity in one country and year (100 % basis, or attributable).",
});
/**
 * A company's total production or capacity in one country and year.
 *
 * @category Schemas
 */
export type CompanyOutput = z.infer<typeof CompanyOutput>;

/**
 * Where a facility's output joins the corridor graph: a node id, with the source that says so or the
 * curators' reason for the choice (e.g. the nearest node on the graph).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FacilityExit } from "c5-minerals/schemas";
 * FacilityExit.safeParse({ node: "almaty" }).success; // false: give a source or a reason
 * ```
 */
export const FacilityExit = z
  .strictObject({
    node: Id.meta({ description: "Corridor node id (data/corridors.json)." }),
    near: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The station or town the output leaves from, when that is not the node." }),
    reason: z.string().min(1).optional().meta({ description: "Why this node, in the curators' words." }),
    source: Id.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.reason === undefined && e.source === undefined) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a source or a reason for the exit node" });
    }
  })
  .meta({ id: "FacilityExit", description: "The corridor node a facility's output leaves from. Rule: a source or a reason." });
/**
 * The corridor node a facility's output leaves from.
 *
 * @category Schemas
 */
export type FacilityExit = z.infer<typeof FacilityExit>;

/**
 * A mine, in-situ-leach field, concentrator, smelter, refinery or plant in a C5 state.
 *
 * Rules beyond the field types: commodities do not repeat; statuses are in date order; `ownersUnknown` (why no
 * owner is recorded) only when `owners` is empty; a facility has either a location or a locationGap saying why not.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Facility } from "c5-minerals/schemas";
 * Facility.shape.exit.description;
 * ```
 */
export const Facility = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    localNames: z
      .array(z.strictObject({ lang: z.enum(["kk", "ru", "uz", "ky", "tg", "tk"]), name: z.string().min(1) }))
      .meta({ description: "Names in Kazakh, Russian, Uzbek, Kyrgyz, Tajik or Turkmen, as sourced." }),
    aliases: uniqueArray(z.string().min(1), "alias"),
    kind: FacilityKind,
    commodities: uniqueArray(FacilityCommodity, "commodity", (c) => `${c.mineral}/${c.stage}`).min(1),
    country: C5CountryCode,
    region: z.string().min(1).optional().meta({ description: "Region (oblast, viloyat, velayat) as sourced." }),
    regionCode: z
      .string()
      .regex(/^(KZ|KG|TJ|TM|UZ)-[0-9A-Z]{1,3}$/, "ISO 3166-2 code of a C5 state")
      .optional()
      .meta({ description: "ISO 3166-2 code of the region as it is today (Kazakhstan's 2022 regions applied)." }),
    location: FacilityLocation.optional().meta({ description: "Coordinates; absent when no source states them." }),
    locationGap: LocationGap.optional().meta({
      description: "Why there are no coordinates; given exactly when location is not.",
    }),
    status: z.array(FacilityStatus).min(1),
    operator: Id.optional().meta({ description: "Company id of the operator." }),
    owners: z.array(Ownership),
    ownersUnknown: z.string().min(1).optional().meta({
      description:
        "Why no owner is recorded (e.g. no source read names one), in the curators' words; a facility with no owners says so here.",
    }),
    output: z.array(FacilityOutput),
    exit: FacilityExit.meta({ description: "The corridor node the facility's output leaves from." }),
    note: z.string().min(1).optional(),
    sources: SourceRefs,
  })
  .superRefine((f, ctx) => {
    if ((f.location === undefined) === (f.locationGap === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["locationGap"],
        message: "Give either a location or a locationGap saying why there is none, not both",
      });
    }
    if (f.ownersUnknown !== undefined && f.owners.length > 0) {
      ctx.addIssue({ code: "custom", path: ["ownersUnknown"], message: "Give owners or say why there are none, not both" });
    }
    for (let i = 1; i < f.status.length; i++) {
      const prev = f.status[i - 1];
      const cur = f.status[i];
      const a = prev?.since ?? prev?.observed;
      const b = cur?.since ?? cur?.observed;
      if (a !== undefined && b !== undefined && certainlyBefore(b, a)) {
        ctx.addIssue({ code: "custom", path: ["status", i, "since"], message: "Statuses are in date order" });
      }
    }
  })
  .meta({
    id: "Facility",
    description:
      "A mine, field, concentrator, smelter, refinery or plant in a C5 state. Rules: statuses in date order; exactly one of location and locationGap.",
  });
/**
 * A mine, field, concentrator, smelter, refinery or plant.
 *
 * @category Schemas
 */
export type Facility = z.infer<typeof Facility>;

const ENDED_SHARE = "Share in per cent; 0 records that an earlier holding ended (sold, cancelled), from `since`.";

/** A share of 0 records the end of a holding, so it must say when it ended. */
function requireEndDate(h: { share: number; since?: string | undefined }, ctx: z.RefinementCtx): void {
  if (h.share === 0 && h.since === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["since"],
      message: "A share of 0 records an ended holding: give since, the date it ended",
    });
}

/**
 * A state's share in a company as of a date. A share of 0 records that an earlier holding ended.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { StateOwnership } from "c5-minerals/schemas";
 * StateOwnership.parse({ state: "KZ", share: 75, asOf: "2024-12-31", source: "s" });
 * StateOwnership.safeParse({ state: "KG", share: 0, asOf: "2022", source: "s" }).success; // false: say since when
 * ```
 */
export const StateOwnership = z
  .strictObject({
    state: Alpha2,
    share: z.number().min(0).max(100).meta({ description: ENDED_SHARE }),
    asOf: PartialDate.meta({ description: "The date the source states the share for." }),
    since: PartialDate.optional().meta({
      description: "When the holding took effect (or, for a share of 0, ended), when a source gives it.",
    }),
    sameDay: z.literal(true).optional().meta({
      description: "True when the source says the holding took effect (or ended) on the day the source was published.",
    }),
    via: z.string().min(1).optional().meta({ description: "The holding body, e.g. 'Samruk-Kazyna'." }),
    inferred: InferredShare.optional(),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine(requireEndDate)
  .meta({
    id: "StateOwnership",
    description: "A dated, sourced state shareholding in per cent. Rule: a share of 0 (the holding ended) says since when.",
  });
/**
 * A dated state shareholding.
 *
 * @category Schemas
 */
export type StateOwnership = z.infer<typeof StateOwnership>;

/**
 * A holder of a company other than a state: another company of the dataset, or a named person, family or
 * fund, with its share as of a date.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CompanyHolding } from "c5-minerals/schemas";
 * CompanyHolding.safeParse({ share: 20, asOf: "2025", source: "s" }).success; // false: name a company or a holder
 * ```
 */
export const CompanyHolding = z
  .strictObject({
    company: Id.optional().meta({ description: "Company id of the holder." }),
    holder: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A named private holder (a person, family or fund) not in the dataset." }),
    country: Alpha2.optional().meta({ description: "The named holder's country, when a source gives it." }),
    share: z.number().min(0).max(100).meta({ description: ENDED_SHARE }),
    asOf: PartialDate.meta({ description: "The date the source states the share for." }),
    since: PartialDate.optional().meta({
      description: "When the holding took effect (or, for a share of 0, ended), when a source gives it.",
    }),
    sameDay: z.literal(true).optional().meta({
      description: "True when the source says the holding took effect (or ended) on the day the source was published.",
    }),
    inferred: InferredShare.optional(),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine((h, ctx) => {
    if ((h.company === undefined) === (h.holder === undefined)) {
      ctx.addIssue({ code: "custom", path: ["company"], message: "Name exactly one of company or holder" });
    }
    requireEndDate(h, ctx);
  })
  .meta({
    id: "CompanyHolding",
    description:
      "A dated, sourced shareholding in a company. Rules: a company or a named holder; a share of 0 (the holding ended) says since when.",
  });
/**
 * A shareholding in a company.
 *
 * @category Schemas
 */
export type CompanyHolding = z.infer<typeof CompanyHolding>;

/**
 * A company that operates or owns facilities: where it is incorporated, its ultimate parent, the states
 * that own it, where it is listed.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Company } from "c5-minerals/schemas";
 * Company.safeParse({ id: "a", name: "A", aliases: [], country: "KZ", parent: "a", stateOwnership: [],
 *   listings: [], sources: ["s"] }).success; // false: a company is not its own parent
 * ```
 */
export const Company = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    aliases: uniqueArray(z.string().min(1), "alias"),
    country: Alpha2.optional().meta({ description: "Country of incorporation; absent when no source read states it." }),
    parent: Id.optional().meta({ description: "Company id of the controlling parent, when there is one." }),
    stateOwnership: z.array(StateOwnership),
    holders: z
      .array(CompanyHolding)
      .optional()
      .meta({ description: "Holders other than states: companies of the dataset and named private holders." }),
    holdersUnknown: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Why the owners above this company are not recorded: the chain ends here in an explicit unknown." }),
    listings: uniqueArray(z.string().min(1), "listing").meta({ description: "Stock exchanges and tickers, e.g. 'LSE: KAP'." }),
    output: z
      .array(CompanyOutput)
      .optional()
      .meta({ description: "Company totals (all its operations in a country), kept apart from its facilities' figures." }),
    note: z.string().min(1).optional(),
    sources: SourceRefs,
  })
  .superRefine((c, ctx) => {
    if (c.parent === c.id) ctx.addIssue({ code: "custom", path: ["parent"], message: "A company is not its own parent" });
  })
  .meta({ id: "Company", description: "An operator or owner. Rule: not its own parent." });
/**
 * An operator or owner.
 *
 * @category Schemas
 */
export type Company = z.infer<typeof Company>;

/**
 * The stage a project or deal has reached.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ProjectStage } from "c5-minerals/schemas";
 * ProjectStage.parse("signed");
 * ```
 */
export const ProjectStage = z
  .enum(["announced", "signed", "financed", "construction", "completed", "cancelled"])
  .meta({ description: "announced, signed, financed, construction, completed or cancelled." });
/**
 * The stage a project or deal has reached.
 *
 * @category Schemas
 */
export type ProjectStage = z.infer<typeof ProjectStage>;

/**
 * A party to a project: a company of the dataset, or a government, with its share and role where sourced.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ProjectPartner } from "c5-minerals/schemas";
 * ProjectPartner.safeParse({ role: "investor" }).success; // false: give a company or a country
 * ```
 */
export const ProjectPartner = z
  .strictObject({
    company: Id.optional(),
    name: z.string().min(1).optional().meta({ description: "Name when the party is not a company of the dataset." }),
    country: Alpha2.optional().meta({ description: "The party's country (for a government, the state itself)." }),
    share: z.number().gt(0).max(100).optional(),
    role: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine((p, ctx) => {
    if (p.company === undefined && p.country === undefined) {
      ctx.addIssue({ code: "custom", path: ["company"], message: "Give a company or a country" });
    }
  })
  .meta({ id: "ProjectPartner", description: "A party to a project. Rule: a company or a country." });
/**
 * A party to a project.
 *
 * @category Schemas
 */
export type ProjectPartner = z.infer<typeof ProjectPartner>;

/**
 * An announced investment or agreement for C5 minerals: partners, amounts as announced (currency kept),
 * dated stages, the facility it concerns and the partnership or event it was announced under.
 *
 * Rules beyond the field types: it links to at least one facility, partnership or event; stages are in
 * date order.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Project } from "c5-minerals/schemas";
 * Project.shape.amounts.description;
 * ```
 */
export const Project = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    kind: z.enum(["joint-venture", "investment", "loan", "offtake", "acquisition", "agreement"]),
    countries: uniqueArray(C5CountryCode, "country").min(1).meta({ description: "The C5 states the project is in." }),
    minerals: uniqueArray(Id, "mineral"),
    partners: z.array(ProjectPartner),
    amounts: z
      .array(
        z.strictObject({
          value: z.number().positive(),
          currency: z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code"),
          what: z.string().min(1).meta({ description: "What the amount is, in the source's terms." }),
          bound: z.enum(["lower", "upper"]).optional(),
          date: PartialDate,
          source: Id,
        }),
      )
      .meta({ description: "Amounts as announced, currency and date kept, never converted." }),
    stages: z
      .array(z.strictObject({ stage: ProjectStage, date: PartialDate, note: z.string().min(1).optional(), source: Id }))
      .min(1),
    facilities: uniqueArray(Id, "facility id"),
    partnerships: uniqueArray(Id, "partnership id"),
    events: uniqueArray(Id, "event id"),
    summary: z.string().min(1),
    sources: SourceRefs,
  })
  .superRefine((p, ctx) => {
    if (p.facilities.length + p.partnerships.length + p.events.length === 0) {
      ctx.addIssue({ code: "custom", path: ["facilities"], message: "Link a facility, partnership or event" });
    }
    for (let i = 1; i < p.stages.length; i++) {
      const prev = p.stages[i - 1];
      const cur = p.stages[i];
      if (prev && cur && certainlyBefore(cur.date, prev.date)) {
        ctx.addIssue({ code: "custom", path: ["stages", i, "date"], message: "Stages are in date order" });
      }
    }
  })
  .meta({ id: "Project", description: "An investment or agreement. Rules: at least one link; stages in date order." });
/**
 * An investment or agreement.
 *
 * @category Schemas
 */
export type Project = z.infer<typeof Project>;

/**
 * Why a (C5 state, mineral) pair falls short: either the figures list it and the dataset has no facility for
 * it (`kind` "no-facility", the default), or its facilities are in the dataset but their sourced outputs on the
 * national figure's basis and year explain less than 60 % of it (`kind` "output"). The reason says what was
 * searched and what basis was found, with the sources read.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CoverageGap } from "c5-minerals/schemas";
 * CoverageGap.parse({ country: "KZ", mineral: "sulfur", reason: "A by-product of oil and gas processing." });
 * CoverageGap.safeParse({ country: "KZ", mineral: "gold", kind: "outputs", reason: "r" }).success; // false
 * ```
 */
export const CoverageGap = z
  .strictObject({
    country: C5CountryCode,
    mineral: Id,
    kind: z.enum(["no-facility", "output"]).optional().meta({
      description:
        "no-facility (the default): the dataset has no facility for the pair; output: it has facilities, but their sourced outputs on the national figure's basis and year explain less than 60 % of it.",
    }),
    reason: z.string().min(1),
    sources: uniqueArray(Id, "source id").optional(),
  })
  .meta({
    id: "CoverageGap",
    description:
      "Why a country's mineral has no facility in the dataset, or why its facilities' outputs explain less than 60 % of the national figure.",
  });
/**
 * Why a country's mineral has no facility, or why its facilities' sourced outputs explain too little of the national figure.
 *
 * @category Schemas
 */
export type CoverageGap = z.infer<typeof CoverageGap>;

import * as z from "zod";
import { Alpha2, Id } from "./common.js";

/**
 * Who stands behind a flow's figure: `reported` (the reporter's own customs or statistics office),
 * `mirror` (the partner's statistics, read the other way round), `reconciled` (a harmonised table built from
 * both sides, such as CEPII's BACI), `company` (a producer's sales by destination), `purchaser-survey`
 * (a survey of the buyers, such as the EIA's survey of US reactor owners and operators).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FlowBasis } from "c5-minerals/schemas";
 * FlowBasis.options.includes("mirror"); // true
 * ```
 */
export const FlowBasis = z.enum(["reported", "mirror", "reconciled", "company", "purchaser-survey"]).meta({
  description:
    "reported: the reporter's own statistics; mirror: the partner's statistics; reconciled: a table harmonised from both (BACI); company: a producer's sales; purchaser-survey: a survey of buyers (EIA).",
});
/**
 * Who stands behind a flow's figure.
 *
 * @category Schemas
 */
export type FlowBasis = z.infer<typeof FlowBasis>;

/**
 * The partner of a flow: an ISO alpha-2 country, `EU` when the source names the European Union as one
 * partner, `REGION` for a region the source names (Asia, Europe), `OTHER` for a remainder or a partner with
 * no ISO code (BACI's "Other Asia, nes").
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FlowPartner } from "c5-minerals/schemas";
 * FlowPartner.parse("REGION"); // "REGION"
 * ```
 */
export const FlowPartner = z
  .union([z.enum(["EU", "REGION", "OTHER"]), Alpha2])
  .meta({ description: "ISO alpha-2 code, 'EU', 'REGION' (a named region; see partnerLabel) or 'OTHER'." });

/**
 * Quantity units of trade flows: metric tons (`t`, `kt`), tonnes of uranium (`tU`), and pounds of U3O8
 * equivalent (`lb-U3O8e`, thousands `klb-U3O8e`, millions `Mlb-U3O8e`) as the EIA reports uranium.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FlowQuantityUnit } from "c5-minerals/schemas";
 * FlowQuantityUnit.parse("Mlb-U3O8e");
 * ```
 */
export const FlowQuantityUnit = z.enum(["t", "kt", "tU", "lb-U3O8e", "klb-U3O8e", "Mlb-U3O8e"]);

/**
 * One bilateral trade flow, or one share of a trade, as a source states it: who trades (`reporter`), with
 * whom (`partner`), which way (`direction`), what (`mineral`, `product` as worded, `hsCode` when known),
 * when (`year`, and `period` when the source covers only some months), how much (`share` of a stated total,
 * `value`, `quantity`), on what `basis` (reported,
 * mirror, reconciled, company, purchaser survey), and the source with its `edition`. `measure` says in
 * plain words what the number is a share or amount of.
 *
 * Rules beyond the field types: at least one of `share`, `value` and `quantity`, unless the figure is
 * withheld; `shareOf` exactly when `share`; a `REGION` or `OTHER` partner has a `partnerLabel`; a flow
 * without a `mineral` has an `hsCode` (the crosswalk then says which minerals); a `period` starts in `year`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeFlow } from "c5-minerals/schemas";
 * TradeFlow.safeParse({ id: "x", reporter: "KZ", partner: "REGION", direction: "export", mineral: "uranium",
 *   product: "natural uranium", year: 2023, basis: "company", measure: "share of sales", share: 49,
 *   shareOf: "volume", status: "reported", source: "s" }).success; // false
 * ```
 */
export const TradeFlow = z
  .strictObject({
    id: Id,
    reporter: Alpha2.meta({
      description: "The country whose trade it is: the exporter of an export, the importer of an import.",
    }),
    partner: FlowPartner,
    partnerLabel: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The partner as the source names it ('Asia', 'Other Asia, nes')." }),
    direction: z.enum(["export", "import"]).meta({ description: "export: reporter to partner; import: partner to reporter." }),
    mineral: Id.optional().meta({
      description: "The mineral of the package's vocabulary; omitted when only the HS code is known.",
    }),
    product: z.string().min(1).meta({ description: "The product as the source words it, or the HS label." }),
    hsCode: z
      .string()
      .regex(/^\d{6}$/, "An HS code has six digits")
      .optional()
      .meta({ description: "HS six-digit code, when the source gives one." }),
    year: z.number().int().min(1900).max(2100),
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])(\/\d{4}-(0[1-9]|1[0-2]))?$/, "A period is YYYY-MM or YYYY-MM/YYYY-MM")
      .optional()
      .meta({
        description:
          "The months the figure covers when the source gives less than the whole year: 'YYYY-MM' (one month) or 'YYYY-MM/YYYY-MM'; it starts in `year`.",
      }),
    basis: FlowBasis,
    measure: z
      .string()
      .min(1)
      .meta({ description: "What the number is, in the curators' words (the share of what, the value of what)." }),
    share: z.number().min(0).max(100).optional().meta({ description: "Percent of the total named in `measure`." }),
    shareOf: z.enum(["volume", "value", "unstated"]).optional().meta({
      description: "Whether the share is of a volume or of a value; 'unstated' when the source does not say.",
    }),
    value: z
      .strictObject({
        amount: z.number().min(0),
        currency: z.enum(["USD"]),
        scale: z.enum(["unit", "thousand", "million"]),
      })
      .optional()
      .meta({ description: "Trade value: amount, currency, and scale (BACI: thousand USD)." }),
    quantity: z
      .strictObject({ amount: z.number().min(0), unit: FlowQuantityUnit })
      .optional()
      .meta({ description: "Quantity in its unit (BACI: t)." }),
    total: z
      .strictObject({ amount: z.number().min(0), unit: FlowQuantityUnit })
      .optional()
      .meta({ description: "The total a share is of, when the source prints it." }),
    status: z.enum(["reported", "estimated", "withheld"]).meta({ description: "As the source marks the figure." }),
    source: Id,
    edition: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The source's edition or release (e.g. 'UMAR 2023 data, June 2024')." }),
    note: z.string().min(1).optional(),
  })
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (f.status !== "withheld" && f.share === undefined && f.value === undefined && f.quantity === undefined)
      issue("share", "A flow states a share, a value or a quantity (or is withheld)");
    if ((f.share === undefined) !== (f.shareOf === undefined)) issue("shareOf", "shareOf is given exactly when share is");
    if ((f.partner === "REGION" || f.partner === "OTHER") && f.partnerLabel === undefined)
      issue("partnerLabel", "A REGION or OTHER partner needs the label the source gives it");
    if (f.mineral === undefined && f.hsCode === undefined) issue("mineral", "A flow names a mineral or an HS code");
    if (f.period !== undefined) {
      const [from = "", to = from] = f.period.split("/");
      if (Number(from.slice(0, 4)) !== f.year) issue("period", "A period starts in the flow's year");
      if (to < from) issue("period", "A period ends after it starts");
    }
  })
  .meta({
    id: "TradeFlow",
    description:
      "A bilateral trade flow or stated share. Rules: share, value or quantity unless withheld; shareOf exactly with share; REGION/OTHER partners have partnerLabel; mineral or hsCode; a period starts in year.",
  });
/**
 * One bilateral trade flow or stated share.
 *
 * @category Schemas
 */
export type TradeFlow = z.infer<typeof TradeFlow>;

import * as z from "zod";
import {
  CORRIDOR_METRIC_UNITS,
  INFRASTRUCTURE_STATUSES,
  METRIC_KINDS,
  METRIC_NAMES,
  METRIC_UNIT_FACTORS,
  METRIC_UNITS_BY_METRIC,
  TRANSPORT_MODES,
} from "../core/vocabulary.js";
import { Alpha2, Coordinates, Id, PartialDate, SourceRefs, uniqueArray } from "./common.js";

/**
 * What a place on the corridor graph is.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { NodeKind } from "c5-minerals/schemas";
 * NodeKind.parse("seaport");
 * ```
 */
export const NodeKind = z
  .enum(["seaport", "dry-port", "border-crossing", "rail-hub", "city"])
  .meta({ description: "seaport, dry-port, border-crossing, rail-hub or city." });
/**
 * What a place on the corridor graph is.
 *
 * @category Schemas
 */
export type NodeKind = z.infer<typeof NodeKind>;

/**
 * Which metrics exist and the units each may be given in. A metric's unit must be one of its own units,
 * so a capacity is never read as a volume nor tonnes as TEU.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { METRIC_UNITS } from "c5-minerals/schemas";
 * METRIC_UNITS["design-capacity"].includes("Mt/yr"); // true
 * ```
 */
export const METRIC_UNITS = METRIC_UNITS_BY_METRIC;

/**
 * How the units of one metric convert into each other, so that a series is read in one unit: tonnes and
 * million tonnes, hours and days. Units not listed here (TEU, containers, km) convert only to themselves.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { UNIT_FACTORS } from "c5-minerals/schemas";
 * UNIT_FACTORS.t; // { base: "t", factor: 1 }
 * UNIT_FACTORS.Mt; // { base: "t", factor: 1000000 }
 * ```
 */
export const UNIT_FACTORS = METRIC_UNIT_FACTORS;

/**
 * How a capacity was arrived at: `design` (what the infrastructure is built or being built for), `stated`
 * (what an operator or government says it can handle now) or `outturn` (the most it has actually handled).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CapacityBasis } from "c5-minerals/schemas";
 * CapacityBasis.parse("stated");
 * ```
 */
export const CapacityBasis = z
  .enum(["design", "stated", "outturn"])
  .meta({ description: "design (built or being built for), stated (as its operator states it now) or outturn (handled)." });
/**
 * How a capacity was arrived at.
 *
 * @category Schemas
 */
export type CapacityBasis = z.infer<typeof CapacityBasis>;

/**
 * What a metric measures: cargo-volume (tonnes a year), container-volume (TEU a year), transit-time,
 * length, design-capacity (what the infrastructure was built or is being built for), current-capacity
 * (what it handles today, as the operator states it), speed, border-crossing-time (the average time a
 * shipment spends crossing a border on the corridor, as CAREC's corridor monitoring measures it) or
 * border-crossing-cost (the average cost of crossing, in US dollars), port-handling-time (a port call's time
 * from arrival to departure of the cargo), ferry-waiting-time (the wait for a sailing) or gauge-change-time.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MetricName } from "c5-minerals/schemas";
 * MetricName.parse("current-capacity");
 * ```
 */
export const MetricName = z
  .enum(METRIC_NAMES)
  .meta({ description: "What the metric measures; see METRIC_UNITS for the units each allows." });
/**
 * What a metric measures.
 *
 * @category Schemas
 */
export type MetricName = z.infer<typeof MetricName>;

/**
 * Whether a value happened or is expected: `outturn` (what happened or what is in place), `forecast`
 * (what someone expects) or `target` (what someone aims for). Forecasts and targets carry `statedIn`,
 * the year they were made, and `year` is the year they are for; they are never outturns.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MetricKind } from "c5-minerals/schemas";
 * MetricKind.parse("target");
 * ```
 */
export const MetricKind = z
  .enum(METRIC_KINDS)
  .meta({ description: "outturn (happened or in place), forecast (expected) or target (aimed for)." });
/**
 * Whether a value happened or is expected.
 *
 * @category Schemas
 */
export type MetricKind = z.infer<typeof MetricKind>;

/**
 * How cargo moves along a leg.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TransportMode } from "c5-minerals/schemas";
 * TransportMode.parse("ferry");
 * ```
 */
export const TransportMode = z
  .enum(TRANSPORT_MODES)
  .meta({ description: "rail, road, ferry (rail or truck ferry, e.g. across the Caspian) or sea (ship)." });
/**
 * How cargo moves along a leg.
 *
 * @category Schemas
 */
export type TransportMode = z.infer<typeof TransportMode>;

/**
 * A yearly metric of a corridor, node or leg (cargo volume, capacity, transit time, length), with its
 * unit, its kind (outturn, forecast or target) and its source.
 *
 * Rules beyond the field types: the unit is one of the metric's units (see {@link METRIC_UNITS});
 * a forecast or target says in `statedIn` when it was made, and `statedIn` is not after `year`;
 * an outturn has no `statedIn`; at most one claim per metric, year, unit and kind is preferred.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CorridorMetric } from "c5-minerals/schemas";
 * CorridorMetric.parse({ metric: "cargo-volume", kind: "outturn", year: 2023, value: 1, unit: "Mt", source: "s" });
 * CorridorMetric.safeParse({ metric: "cargo-volume", kind: "outturn", year: 2023, value: 1, unit: "TEU",
 *   source: "s" }).success; // false: TEU is not a unit of cargo volume
 * ```
 */
export const CorridorMetric = z
  .strictObject({
    metric: MetricName,
    kind: MetricKind,
    year: z.number().int().min(1990).max(2100).meta({ description: "The year the value is for (target year for targets)." }),
    statedIn: z
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .meta({ description: "For forecasts and targets: the year the forecast or target was stated." }),
    value: z.number().nonnegative(),
    unit: z.enum(CORRIDOR_METRIC_UNITS),
    basis: CapacityBasis.optional().meta({
      description: "Capacities only, and required on them: design for design-capacity; stated or outturn for current-capacity.",
    }),
    mode: TransportMode.optional().meta({
      description: "The transport mode the value is for, where the source measures one mode (e.g. road or rail kilometres).",
    }),
    yearUnstated: z.literal(true).optional().meta({
      description:
        "Forecasts and targets only: the source gives no year the value is for, so `year` repeats `statedIn` and must not be read as a target year.",
    }),
    estimate: z.boolean().optional().meta({ description: "True when the source gives the value as approximate ('about')." }),
    bound: z
      .enum(["lower", "upper"])
      .optional()
      .meta({ description: "'lower' when the source says 'more than' or 'over'; 'upper' for 'up to' or 'less than'." }),
    preferred: z
      .boolean()
      .optional()
      .meta({ description: "True on the claim the package prefers where sources disagree; the note says why." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine((m, ctx) => {
    const units: readonly string[] = METRIC_UNITS[m.metric];
    if (!units.includes(m.unit)) {
      ctx.addIssue({ code: "custom", path: ["unit"], message: `${m.metric} is given in ${units.join(" or ")}, not ${m.unit}` });
    }
    if (m.kind === "outturn" && m.statedIn !== undefined) {
      ctx.addIssue({ code: "custom", path: ["statedIn"], message: "An outturn has no statedIn" });
    }
    if (m.kind !== "outturn" && m.statedIn === undefined) {
      ctx.addIssue({ code: "custom", path: ["statedIn"], message: `A ${m.kind} says when it was stated` });
    }
    if (m.yearUnstated && (m.kind === "outturn" || m.year !== m.statedIn)) {
      ctx.addIssue({
        code: "custom",
        path: ["yearUnstated"],
        message: "yearUnstated is for forecasts and targets, with year equal to statedIn",
      });
    }
    const capacity = m.metric === "design-capacity" || m.metric === "current-capacity";
    if (capacity && m.basis === undefined) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "A capacity says its basis: design, stated or outturn" });
    }
    if (!capacity && m.basis !== undefined) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "Only capacities carry a basis" });
    }
    if (m.metric === "design-capacity" && m.basis !== undefined && m.basis !== "design") {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "A design capacity has basis 'design'" });
    }
    if (m.metric === "current-capacity" && m.basis === "design") {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "A current capacity is stated or outturn, not design" });
    }
    if (m.statedIn !== undefined && m.statedIn > m.year) {
      ctx.addIssue({ code: "custom", path: ["statedIn"], message: "statedIn is after the year the value is for" });
    }
  })
  .meta({
    id: "CorridorMetric",
    description:
      "A sourced yearly metric. Rules: unit fits the metric; forecasts and targets carry statedIn (not after year), outturns do not.",
  });
/**
 * A sourced yearly metric.
 *
 * @category Schemas
 */
export type CorridorMetric = z.infer<typeof CorridorMetric>;

const notBuiltNoOutturnCapacity = (status: string, metrics: readonly CorridorMetric[], ctx: z.RefinementCtx) => {
  if (status === "operating") return;
  metrics.forEach((m, i) => {
    if (m.metric === "design-capacity" && m.kind === "outturn") {
      ctx.addIssue({
        code: "custom",
        path: ["metrics", i, "kind"],
        message: "The design capacity of infrastructure not yet in operation is a target (with statedIn), not an outturn",
      });
    }
  });
};

const preferredOnce = (metrics: readonly CorridorMetric[], ctx: z.RefinementCtx, path: string) => {
  const seen = new Set<string>();
  metrics.forEach((m, i) => {
    if (!m.preferred) return;
    const key = `${m.metric}|${m.year}|${m.unit}|${m.kind}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [path, i, "preferred"], message: `Two preferred claims for ${key}` });
    seen.add(key);
  });
};

/**
 * A place on the corridor graph: a port, border crossing, dry port or hub. Nodes are shared between
 * corridors, so all corridors form one graph.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CorridorNode } from "c5-minerals/schemas";
 * CorridorNode.safeParse({ id: "x", name: "X", aliases: [], kind: "seaport", country: "KZ",
 *   coordinates: { lat: 95, lon: 0 }, sources: ["s"] }).success; // false
 * ```
 */
export const CorridorNode = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    aliases: uniqueArray(z.string().min(1), "alias"),
    kind: NodeKind,
    country: Alpha2,
    coordinates: Coordinates,
    opened: PartialDate.optional().meta({
      description: "When the port or crossing opened to traffic, as precisely as the source says.",
    }),
    note: z.string().min(1).optional(),
    metrics: z.array(CorridorMetric).optional().meta({ description: "Capacities, volumes and times of this node." }),
    sources: SourceRefs,
  })
  .superRefine((n, ctx) => preferredOnce(n.metrics ?? [], ctx, "metrics"))
  .meta({ id: "CorridorNode", description: "A port, border crossing, dry port or hub with coordinates." });
/**
 * A place on the corridor graph.
 *
 * @category Schemas
 */
export type CorridorNode = z.infer<typeof CorridorNode>;

/**
 * Whether a corridor or leg carries traffic today.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { InfrastructureStatus } from "c5-minerals/schemas";
 * InfrastructureStatus.parse("under-construction");
 * ```
 */
export const InfrastructureStatus = z
  .enum(INFRASTRUCTURE_STATUSES)
  .meta({ description: "operating, under-construction or planned." });
/**
 * Whether a corridor or leg carries traffic today.
 *
 * @category Schemas
 */
export type InfrastructureStatus = z.infer<typeof InfrastructureStatus>;

/**
 * One section of a length that no source gives whole: the section's ends as the source names them, its
 * length and its source.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ClaimSection } from "c5-minerals/schemas";
 * ClaimSection.parse({ from: "Zhezkazgan", to: "Beineu", value: 988, source: "s" });
 * ```
 */
export const ClaimSection = z
  .strictObject({
    from: z.string().min(1).meta({ description: "Where the section starts, as the source names the place." }),
    to: z.string().min(1).meta({ description: "Where the section ends, as the source names the place." }),
    value: z.number().positive(),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "ClaimSection", description: "A sourced section of a summed length." });
/**
 * One sourced section of a summed length.
 *
 * @category Schemas
 */
export type ClaimSection = z.infer<typeof ClaimSection>;

/**
 * A sourced claim about a quantity, kept with its source so that disagreeing sources can stand side by side.
 * Where no source gives a leg's length whole but sources give every section of it, the claim is their sum:
 * `sections` lists them in order, `value` equals their total, and `source` is one of theirs (the
 * sections' own sources say where each part comes from).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Claim } from "c5-minerals/schemas";
 * Claim.parse({ value: 826, source: "s" });
 * Claim.safeParse({ value: 1000, source: "a", sections: [
 *   { from: "A", to: "B", value: 988, source: "a" }, { from: "B", to: "C", value: 404, source: "b" }] }).success; // false: 988 + 404 is 1392
 * ```
 */
export const Claim = z
  .strictObject({
    value: z.number().nonnegative(),
    preferred: z.boolean().optional().meta({ description: "True on the claim the package prefers; say why in `note`." }),
    sections: z.array(ClaimSection).min(2).optional().meta({
      description:
        "When the value is the sum of sections each given by a source: the sections in order along the leg. Rules: value equals their sum (within 0.05); source is one of the sections' sources; each section starts where the previous one ends.",
    }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .superRefine((c, ctx) => {
    if (c.sections === undefined) return;
    const total = c.sections.reduce((s, x) => s + x.value, 0);
    if (Math.abs(total - c.value) > 0.05) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `The sections add up to ${total}, not ${c.value}` });
    }
    if (!c.sections.some((x) => x.source === c.source)) {
      ctx.addIssue({ code: "custom", path: ["source"], message: "A summed claim's source is one of its sections' sources" });
    }
    c.sections.forEach((x, i) => {
      const previous = c.sections?.[i - 1];
      if (previous !== undefined && previous.to !== x.from) {
        ctx.addIssue({
          code: "custom",
          path: ["sections", i, "from"],
          message: `Section ${i} starts at '${x.from}', but the previous one ends at '${previous.to}'`,
        });
      }
    });
  })
  .meta({
    id: "Claim",
    description: "A sourced value; several may disagree. A value summed from sourced sections lists them in `sections`.",
  });
/**
 * A sourced value.
 *
 * @category Schemas
 */
export type Claim = z.infer<typeof Claim>;

/**
 * A direct link between two nodes by one mode of transport.
 *
 * Rules beyond the field types: a leg joins two different nodes; at most one length claim is preferred; a leg
 * with no sourced length says so with `lengthEstimate: "great-circle"`, and only such a leg.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CorridorLeg } from "c5-minerals/schemas";
 * CorridorLeg.safeParse({ id: "l", from: "a", to: "a", mode: "rail", status: "operating",
 *   lengthKm: [], lengthEstimate: "great-circle", sources: ["s"] }).success; // false: a leg joins two different nodes
 * ```
 */
export const CorridorLeg = z
  .strictObject({
    id: Id,
    from: Id.meta({ description: "Node id at one end." }),
    to: Id.meta({ description: "Node id at the other end." }),
    mode: TransportMode,
    status: InfrastructureStatus,
    lengthKm: z.array(Claim).meta({ description: "Length claims in kilometres, each with its source (may be empty)." }),
    lengthEstimate: z.literal("great-circle").optional().meta({
      description:
        "Set exactly when no source gives the leg's length: routes then use the great-circle distance between the nodes, marked as an estimate.",
    }),
    opened: PartialDate.optional().meta({
      description: "When the line or crossing opened to traffic, as precisely as the source says.",
    }),
    gaugeChange: z
      .strictObject({
        at: Id.meta({ description: "The node where cargo changes gauge (transshipment or bogie exchange)." }),
        gauges: z.tuple([z.number().int().positive(), z.number().int().positive()]).meta({
          description: "The two track gauges in mm, as the source gives them.",
        }),
        source: Id,
      })
      .optional()
      .meta({ description: "Set on a rail leg whose two ends lie on different track gauges." }),
    note: z.string().min(1).optional(),
    metrics: z.array(CorridorMetric).optional().meta({ description: "Capacities, volumes and times of this leg." }),
    sources: SourceRefs,
  })
  .superRefine((leg, ctx) => {
    if (leg.from === leg.to) ctx.addIssue({ code: "custom", path: ["to"], message: "A leg joins two different nodes" });
    if (leg.lengthKm.length === 0 && leg.lengthEstimate === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["lengthEstimate"],
        message: "A leg without a sourced length is marked lengthEstimate: 'great-circle'",
      });
    }
    if (leg.lengthKm.length > 0 && leg.lengthEstimate !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["lengthEstimate"],
        message: "A leg with a sourced length is not a great-circle estimate",
      });
    }
    preferredOnce(leg.metrics ?? [], ctx, "metrics");
    notBuiltNoOutturnCapacity(leg.status, leg.metrics ?? [], ctx);
    if (leg.gaugeChange !== undefined && leg.gaugeChange.at !== leg.from && leg.gaugeChange.at !== leg.to) {
      ctx.addIssue({ code: "custom", path: ["gaugeChange", "at"], message: "The gauge changes at one of the leg's ends" });
    }
    if (leg.gaugeChange !== undefined && leg.mode !== "rail") {
      ctx.addIssue({ code: "custom", path: ["gaugeChange"], message: "Only a rail leg changes gauge" });
    }
    if (leg.lengthKm.filter((c) => c.preferred).length > 1) {
      ctx.addIssue({ code: "custom", path: ["lengthKm"], message: "At most one length claim is preferred" });
    }
  })
  .meta({
    id: "CorridorLeg",
    description:
      "A link between two nodes by one mode. Rules: from differs from to; at most one preferred length; lengthEstimate set exactly when lengthKm is empty.",
  });
/**
 * A link between two nodes.
 *
 * @category Schemas
 */
export type CorridorLeg = z.infer<typeof CorridorLeg>;

/**
 * A sourced cost of a corridor project: the amount and currency as the source gives them, what it covers,
 * whether it is an estimate of the whole project or money lent or granted, the lender where there is one, and
 * when the source said so. A deal's announced amount is not money spent.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ProjectCost } from "c5-minerals/schemas";
 * ProjectCost.parse({ project: "Anaklia port, first phase", kind: "investment", amount: 600000000, currency: "USD",
 *   statedIn: 2024, source: "s" });
 * ```
 */
export const ProjectCost = z
  .strictObject({
    project: z.string().min(1).meta({ description: "What the money is for, in the curators' words." }),
    kind: z.enum(["estimate", "investment", "loan", "grant", "contract"]).meta({
      description:
        "estimate (the project's estimated total cost), investment (a stated investment), loan, grant, or contract (a construction contract's value).",
    }),
    amount: z.number().positive().meta({ description: "The amount in `currency` units (not thousands or millions)." }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .meta({ description: "ISO 4217 code." }),
    lender: z.string().min(1).optional().meta({ description: "Who lends or grants it, as the source names them." }),
    statedIn: z.number().int().min(1990).max(2100).meta({ description: "The year the source gave the figure." }),
    estimate: z.boolean().optional().meta({ description: "True when the source gives the amount as approximate." }),
    bound: z.enum(["lower", "upper"]).optional(),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "ProjectCost", description: "A sourced cost or financing of a corridor project." });
/**
 * A sourced cost of a corridor project.
 *
 * @category Schemas
 */
export type ProjectCost = z.infer<typeof ProjectCost>;

/**
 * A dated agreement about a corridor: signed, ratified, acceded to, founded or launched, on the date the
 * source gives (the event's date, never the article's).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CorridorAgreement } from "c5-minerals/schemas";
 * CorridorAgreement.parse({ title: "Intergovernmental agreement", event: "signed", date: "2024-06-06",
 *   parties: ["CN", "KG", "UZ"], source: "s" });
 * ```
 */
export const CorridorAgreement = z
  .strictObject({
    title: z.string().min(1).meta({ description: "The agreement or act, in the curators' words." }),
    event: z
      .enum([
        "signed",
        "ratified",
        "acceded",
        "accession-requested",
        "accession-approved",
        "founded",
        "launched",
        "construction-started",
        "entered-into-force",
      ])
      .meta({ description: "What happened on `date`." }),
    date: PartialDate.meta({ description: "When it happened, as precisely as the source says." }),
    parties: uniqueArray(Alpha2, "country").meta({ description: "Countries that are party to it (alpha-2)." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "CorridorAgreement", description: "A dated agreement, accession or founding." });
/**
 * A dated agreement about a corridor.
 *
 * @category Schemas
 */
export type CorridorAgreement = z.infer<typeof CorridorAgreement>;

/**
 * A transport corridor: its countries in order, its legs on the shared graph, the countries it avoids,
 * and its yearly metrics.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Corridor } from "c5-minerals/schemas";
 * Corridor.shape.bypasses.description;
 * ```
 */
export const Corridor = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    aliases: uniqueArray(z.string().min(1), "alias"),
    status: InfrastructureStatus,
    countries: uniqueArray(Alpha2, "country").min(1).meta({ description: "Countries crossed, in order along the route." }),
    legs: uniqueArray(Id, "leg id").meta({ description: "Ids of the legs that make up the corridor." }),
    feeders: uniqueArray(Id, "leg id").optional().meta({
      description:
        "Legs that feed or stand in for the corridor without being part of it (older lines, the road route a railway will replace): they do not count in its length.",
    }),
    bypasses: uniqueArray(Alpha2, "country").meta({ description: "Countries the corridor is meant to avoid." }),
    metrics: z.array(CorridorMetric),
    programme: z
      .strictObject({
        name: z.literal("CAREC"),
        number: z.string().min(1).meta({ description: "The programme's own number for the corridor, e.g. '2'." }),
        definedIn: z.string().min(1).meta({ description: "The programme document or year that defines this version." }),
        revised: z
          .array(z.strictObject({ year: z.number().int(), note: z.string().min(1), source: Id }))
          .meta({ description: "Later revisions of the corridor's definition." }),
      })
      .optional()
      .meta({ description: "Set on corridors defined by a programme (CAREC): its number and definition history." }),
    includesCorridors: uniqueArray(Id, "corridor id")
      .optional()
      .meta({ description: "Other corridors of the dataset that this one takes in (for programme corridors)." }),
    costs: z
      .array(ProjectCost)
      .optional()
      .meta({ description: "Costs and financing of the corridor's projects, each claim with its source." }),
    agreements: z
      .array(CorridorAgreement)
      .optional()
      .meta({ description: "Dated agreements, accessions and foundings; disagreeing dates stand side by side." }),
    summary: z.string().min(1).meta({ description: "What the corridor is, in the curators' words." }),
    sources: SourceRefs,
  })
  .superRefine((c, ctx) => {
    preferredOnce(c.metrics, ctx, "metrics");
    notBuiltNoOutturnCapacity(c.status, c.metrics, ctx);
    (c.feeders ?? []).forEach((id, i) => {
      if (c.legs.includes(id))
        ctx.addIssue({ code: "custom", path: ["feeders", i], message: `${id} is both a leg and a feeder` });
    });
    c.bypasses.forEach((code, i) => {
      if (c.countries.includes(code)) {
        ctx.addIssue({ code: "custom", path: ["bypasses", i], message: `${code} is both crossed and bypassed` });
      }
    });
  })
  .meta({
    id: "Corridor",
    description: "A transport corridor on the shared graph. Rule: no country is both crossed and bypassed.",
  });
/**
 * A transport corridor.
 *
 * @category Schemas
 */
export type Corridor = z.infer<typeof Corridor>;

import * as z from "zod";
import { Alpha2, Coordinates, Id, SourceRefs, uniqueArray } from "./common.js";

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
    sources: SourceRefs,
  })
  .meta({ id: "CorridorNode", description: "A port, border crossing, dry port or hub with coordinates." });
/**
 * A place on the corridor graph.
 *
 * @category Schemas
 */
export type CorridorNode = z.infer<typeof CorridorNode>;

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
  .enum(["rail", "road", "ferry", "sea"])
  .meta({ description: "rail, road, ferry (rail or truck ferry, e.g. across the Caspian) or sea (ship)." });
/**
 * How cargo moves along a leg.
 *
 * @category Schemas
 */
export type TransportMode = z.infer<typeof TransportMode>;

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
  .enum(["operating", "under-construction", "planned"])
  .meta({ description: "operating, under-construction or planned." });
/**
 * Whether a corridor or leg carries traffic today.
 *
 * @category Schemas
 */
export type InfrastructureStatus = z.infer<typeof InfrastructureStatus>;

/**
 * A sourced claim about a quantity, kept with its source so that disagreeing sources can stand side by side.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Claim } from "c5-minerals/schemas";
 * Claim.parse({ value: 826, source: "s" });
 * ```
 */
export const Claim = z
  .strictObject({
    value: z.number().nonnegative(),
    preferred: z.boolean().optional().meta({ description: "True on the claim the package prefers; say why in `note`." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "Claim", description: "A sourced value; several may disagree." });
/**
 * A sourced value.
 *
 * @category Schemas
 */
export type Claim = z.infer<typeof Claim>;

/**
 * A direct link between two nodes by one mode of transport.
 *
 * Rules beyond the field types: a leg joins two different nodes; at most one length claim is preferred.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CorridorLeg } from "c5-minerals/schemas";
 * CorridorLeg.safeParse({ id: "l", from: "a", to: "a", mode: "rail", status: "operating",
 *   lengthKm: [], sources: ["s"] }).success; // false: a leg joins two different nodes
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
    sources: SourceRefs,
  })
  .superRefine((leg, ctx) => {
    if (leg.from === leg.to) ctx.addIssue({ code: "custom", path: ["to"], message: "A leg joins two different nodes" });
    if (leg.lengthKm.filter((c) => c.preferred).length > 1) {
      ctx.addIssue({ code: "custom", path: ["lengthKm"], message: "At most one length claim is preferred" });
    }
  })
  .meta({
    id: "CorridorLeg",
    description: "A link between two nodes by one mode. Rules: from differs from to; at most one preferred length.",
  });
/**
 * A link between two nodes.
 *
 * @category Schemas
 */
export type CorridorLeg = z.infer<typeof CorridorLeg>;

/**
 * A yearly metric of a corridor (cargo volume, transit time), with its unit and reporting body.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CorridorMetric } from "c5-minerals/schemas";
 * CorridorMetric.parse({ metric: "cargo-volume", year: 2023, value: 1, unit: "Mt", source: "s" });
 * ```
 */
export const CorridorMetric = z
  .strictObject({
    metric: z.enum(["cargo-volume", "transit-time", "length", "container-volume"]),
    year: z.number().int().min(1990).max(2100),
    value: z.number().nonnegative(),
    unit: z.enum(["Mt", "t", "TEU", "days", "km"]),
    estimate: z.boolean().optional().meta({ description: "True when the source gives the value as approximate ('about')." }),
    bound: z
      .enum(["lower", "upper"])
      .optional()
      .meta({ description: "'lower' when the source says 'more than' or 'over'; 'upper' for 'up to' or 'less than'." }),
    note: z.string().min(1).optional(),
    source: Id,
  })
  .meta({ id: "CorridorMetric", description: "A sourced yearly metric." });
/**
 * A sourced yearly metric.
 *
 * @category Schemas
 */
export type CorridorMetric = z.infer<typeof CorridorMetric>;

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
    bypasses: uniqueArray(Alpha2, "country").meta({ description: "Countries the corridor is meant to avoid." }),
    metrics: z.array(CorridorMetric),
    summary: z.string().min(1).meta({ description: "What the corridor is, in the curators' words." }),
    sources: SourceRefs,
  })
  .superRefine((c, ctx) => {
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

/**
 * Transport corridors that carry Central Asian cargo, as one graph of shared nodes (ports, border
 * crossings, hubs) and legs (rail, road, ferry, sea).
 *
 * @module corridors
 */
export {
  type CorridorId,
  type CorridorLegRecord,
  type CorridorNodeRecord,
  type CorridorRecord,
  corridorLegs,
  corridorNodes,
  corridors,
  getCorridor,
  getCorridorLeg,
  getCorridorNode,
} from "./datasets/corridors.js";
export { type MetricPoint, metricSeries } from "./queries/corridor-metrics.js";
export { type LengthCoverage, lengthCoverage } from "./queries/length-coverage.js";
export {
  type Bottleneck,
  corridorAvoids,
  corridorsThrough,
  findRoutes,
  greatCircleKm,
  type Route,
  type RouteLeg,
  type RouteOptions,
} from "./queries/routes.js";

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
export { greatCircleKm } from "./queries/graph.js";
export { type LengthCoverage, type LengthCoverageOptions, type LengthTally, lengthCoverage } from "./queries/length-coverage.js";
export {
  type Bottleneck,
  type CorridorTime,
  corridorAvoids,
  corridorsThrough,
  type DoorToDoor,
  findRoutes,
  type Route,
  type RouteLeg,
  type RouteOptions,
  TIME_DEFAULTS,
  type TimeBasis,
  type TimePart,
} from "./queries/routes.js";

// The values of the schemas' enums that the queries check arguments against, without loading zod at
// runtime. test/hardening/boundaries.test.ts checks each equals its schema's options.
import type { InfrastructureStatus, TransportMode } from "../schemas/corridor.js";
import type { Measure } from "../schemas/figure.js";

export const TRANSPORT_MODES: readonly TransportMode[] = Object.freeze(["rail", "road", "ferry", "sea"]);
export const INFRASTRUCTURE_STATUSES: readonly InfrastructureStatus[] = Object.freeze([
  "operating",
  "under-construction",
  "planned",
]);
export const MEASURES: readonly Measure[] = Object.freeze([
  "mine-production",
  "refinery-production",
  "smelter-production",
  "plant-production",
  "production",
  "reserves",
  "capacity",
]);

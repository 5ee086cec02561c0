/**
 * The zod schemas that are the package's contract: one per entity, each with its inferred type of the
 * same name. Import from `c5-minerals/schemas`; this is the only entry point that loads zod.
 *
 * @module schemas
 */
export {
  Alpha2,
  C5_COUNTRY_CODES,
  C5CountryCode,
  Coordinates,
  certainlyBefore,
  comparePartialDates,
  Id,
  IsoDate,
  PartialDate,
  PartyCode,
  partialDateSpan,
  SourceRefs,
  uniqueArray,
} from "./common.js";
export {
  Claim,
  ClaimSection,
  Corridor,
  CorridorLeg,
  CorridorMetric,
  CorridorNode,
  InfrastructureStatus,
  METRIC_UNITS,
  MetricKind,
  MetricName,
  NodeKind,
  TransportMode,
} from "./corridor.js";
export { Border, Country, CountryProfile, FormerName, Landlocked, Population } from "./country.js";
export {
  CommodityStage,
  Company,
  CoverageGap,
  Facility,
  FacilityCommodity,
  FacilityExit,
  FacilityKind,
  FacilityLocation,
  FacilityOutput,
  FacilityStatus,
  FacilityStatusValue,
  Ownership,
  Project,
  ProjectPartner,
  ProjectStage,
  StateOwnership,
} from "./facility.js";
export { Basis, Figure, FigureArea, FigureStatus, FigureTable, Measure, TONNES_PER_UNIT, Unit } from "./figure.js";
export { HsCode, HsCodeMineral, HsStage } from "./hs-code.js";
export { ImportDependence, ImportPartner, NetImportReliance, RelianceMark } from "./import-dependence.js";
export {
  CriticalMineralList,
  ListChanges,
  ListDates,
  ListEntry,
  ListStage,
  ListWording,
  OmissionReason,
  OmittedList,
} from "./list.js";
export { ElementSymbol, Mineral, MineralKind, TariffCode } from "./mineral.js";
export { Event, EventKind, Membership, Partnership, PartnershipKind } from "./partnership.js";
export { Source, SourceKind } from "./source.js";
export { FlowBasis, FlowPartner, FlowQuantityUnit, TradeFlow } from "./trade-flow.js";

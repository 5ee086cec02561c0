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
  CapacityBasis,
  Claim,
  ClaimSection,
  Corridor,
  CorridorAgreement,
  CorridorLeg,
  CorridorMetric,
  CorridorNode,
  InfrastructureStatus,
  METRIC_UNITS,
  MetricKind,
  MetricName,
  NodeKind,
  ProjectCost,
  TransportMode,
  UNIT_FACTORS,
} from "./corridor.js";
export {
  Border,
  Country,
  CountryNameLanguage,
  CountryNames,
  CountryProfile,
  FormerName,
  Landlocked,
  LocalNames,
  Population,
} from "./country.js";
export { Edition, EditionGap, EditionGapStatus } from "./edition.js";
export {
  CommodityStage,
  Company,
  CompanyHolding,
  CompanyOutput,
  CoverageGap,
  Facility,
  FacilityCommodity,
  FacilityEvent,
  FacilityExit,
  FacilityKind,
  FacilityLocation,
  FacilityOutput,
  FacilityStatus,
  FacilityStatusValue,
  InferredShare,
  LocationGap,
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
export {
  Act,
  Disagreement,
  Evidence,
  HsHeading,
  TradeMeasure,
  TradeMeasureDates,
  TradeMeasureKind,
  TradeMeasureProduct,
  TradeMeasureRelation,
} from "./measure.js";
export { ElementSymbol, Mineral, MineralKind, TariffCode } from "./mineral.js";
export { Event, EventKind, Membership, Partnership, PartnershipKind } from "./partnership.js";
export { ClaimedFigure, EitiDecision, EventDateKind, PolicyEvent, PolicyEventKind } from "./policy-event.js";
export { Source, SourceKind } from "./source.js";
export { FlowBasis, FlowPartner, FlowQuantityUnit, TradeFlow } from "./trade-flow.js";

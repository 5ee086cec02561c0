/**
 * Facilities of the C5 (mines, in-situ-leach uranium fields, concentrators, smelters, refineries, plants),
 * the companies that run and own them, and the projects and deals that concern them; each facility is
 * linked to the corridor node its output leaves from, so routes can start at a mine.
 *
 * Importing this module also loads the corridor graph (for {@link routesFromFacility}) and the figures
 * (for the coverage in {@link controlOf}).
 *
 * @module facilities
 */
export {
  type CompanyId,
  type CompanyRecord,
  type CoverageGapRecord,
  companies,
  coverageGaps,
  type FacilityId,
  type FacilityRecord,
  facilities,
  getCompany,
  getFacility,
  getProject,
  type ProjectRecord,
  projects,
} from "./datasets/facilities.js";
export {
  type Control,
  type ControlCompanyTotal,
  type ControlConversion,
  type ControlFacility,
  type ControlMismatch,
  type ControlOptions,
  type ControlShare,
  controlOf,
} from "./queries/control.js";
export {
  type CurrentOwner,
  currentStatus,
  type FacilityFilter,
  findFacilities,
  ownersOf,
  type ProjectFilter,
  type ProjectMilestone,
  parentChain,
  projectsTimeline,
  routesFromFacility,
  subsidiariesOf,
} from "./queries/facilities.js";
export { type Holding, holdingsOf, type UltimateHolder, ultimateHoldersOf } from "./queries/ownership.js";

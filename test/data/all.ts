// Every dataset of the package, as the package exports them, for the data tests.
import { corridorLegs, corridorNodes, corridors } from "../../src/corridors.js";
import { countries } from "../../src/countries.js";
import { companies, coverageGaps, facilities, projects } from "../../src/facilities.js";
import { figures, figureTables } from "../../src/figures.js";
import { criticalMineralLists, omittedLists } from "../../src/lists.js";
import { elements, minerals } from "../../src/minerals.js";
import { events, partnerships } from "../../src/partnerships.js";
import { sources } from "../../src/sources.js";
import type { FacilityCollections } from "../../src/validate/facilities-integrity.js";

export const collections = {
  sources,
  countries,
  minerals,
  lists: criticalMineralLists,
  omittedLists,
  figureTables,
  figures,
  partnerships,
  events,
  nodes: corridorNodes,
  legs: corridorLegs,
  corridors,
  facilities,
  companies,
  projects,
  coverageGaps,
} satisfies FacilityCollections;

export const elementSymbols: ReadonlySet<string> = new Set(elements.map((e) => e.symbol));
export const C5 = ["KZ", "KG", "TJ", "TM", "UZ"] as const;

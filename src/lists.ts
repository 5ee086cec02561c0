/**
 * Official critical-mineral lists (United States, European Union and others), entries mapped to mineral ids.
 *
 * @module lists
 */
export {
  type CriticalMineralListRecord,
  criticalMineralLists,
  getList,
  type ListId,
  type OmittedListRecord,
  omittedLists,
} from "./datasets/lists.js";
export {
  changesIn,
  criticalNow,
  currentLists,
  type DiffEntry,
  diffEditions,
  type EditionChanges,
  type EditionDiff,
  type JurisdictionCriticality,
  listFamilies,
  listHistory,
  type OnListAnswer,
  wasOnList,
} from "./queries/list-history.js";
export { compareLists, isOnList, type ListDifference, listsNaming } from "./queries/lists.js";

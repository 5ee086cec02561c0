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
export { compareLists, isOnList, type ListDifference, listsNaming } from "./queries/lists.js";

/**
 * How awards combine and repeat, over the policy records: stacking (从优、就高、不重复) within overlap
 * groups, the one item-key rule, paying once, and the validity windows IN_FORCE answers from.
 */
export {
  decideStack,
  stackRows,
  stackTotal,
  type StackReason,
  type StackRowDecision,
} from "./stack";
export {
  checkOverlapGroups,
  groupByClauseId,
  overlapGroups,
  stackingRules,
  type OverlapGroup,
  type OverlapMember,
} from "./overlap-groups";
export { itemKey, itemKeyFormula, sameItemFormula } from "./item-key";
export * from "./one-time";
export { inForceOn, windowOf, windows, type InForceAnswer, type ValidityWindow } from "./windows";

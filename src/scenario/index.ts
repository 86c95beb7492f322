/** Scenario modelling: validity windows, overlap groups, stacking, and the scenario / audit sheet plans. */
export { generateAudit, type AuditLayout, type AuditSheet } from "./audit";
export { receivedScope, type CapScope } from "./cap-scopes";
export { overlapGroups, groupByClauseId, type OverlapGroup } from "./overlap-groups";
export * from "./plan";
export { LOCATION_DOCUMENTS, SECTOR_DOCUMENTS, select, type ScenarioProfile } from "./profile";
export {
  generateScenario,
  type ScenarioLayout,
  type ScenarioOptions,
  type ScenarioSheet,
} from "./sheet";
export { decideStack, stackRows, stackTotal, type StackRowDecision } from "./stack";
export { strings } from "./strings";
export { inForceOn, windows, type ValidityWindow } from "./windows";

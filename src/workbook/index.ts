/** Sheet plans: the scenario sheet and its audit report, written as blocks into host-independent plans. */
export { generateAudit } from "./audit/sheet";
export type { AuditLayout, AuditSheet } from "./audit/layout";
export * from "./plan";
export { BORDER_COLOR, STYLE_FORMATS, type StyleFormat } from "./styles";
export { capScopeOf, type CapScope } from "./scenario/wiring";
export {
  LOCATION_DOCUMENTS,
  SECTOR_DOCUMENTS,
  select,
  type ScenarioProfile,
} from "./scenario/profile";
export { generateScenario, type ScenarioOptions } from "./scenario/sheet";
export type { FormulaMode } from "./scenario/dialect";
export type { ScenarioLayout, ScenarioSheet } from "./scenario/layout";
export { strings } from "./strings";
export { copyWithNativeFormulas } from "./native-copy";
export type * from "./native-copy-types";
export { nativeCopyPlan } from "./native-copy-plan";
// Issue 14: the scenario document and the .xlsx writer (npm run export, the preview's download).
export {
  ADDIN_VERSION,
  SPEC_REVISION,
  parseScenarioDocument,
  scenarioDocument,
  scenarioDocumentPlans,
  type DocumentPlans,
  type ScenarioDocument,
  type ScenarioInput,
} from "./document";
export { documentFromSheet, type CellReader } from "./document-read";
export { writeXlsx } from "./xlsx/write";
// Issue 15: scenarios remembered by their workbook, and "Update scenario".
export {
  SCENARIO_ID_NAME,
  SCENARIO_XML_NAMESPACE,
  newScenarioId,
  parseScenarioPart,
  scenarioPartXml,
  type StoredScenarioRecord,
} from "./stored-scenario";
export {
  awardDiff,
  carryInputs,
  changed,
  filledPlan,
  type AwardChange,
  type AwardValue,
  type Carried,
} from "./update";
// Issue 15: explain the selected cell (the clause call a formula makes and where its arguments come from).
export {
  argumentValue,
  literalValue,
  locateExplained,
  referencesIn,
  referencesOf,
  type ArgSource,
  type ExplainLocation,
  type ExplainProblem,
  type ExplainTarget,
  type ReadValue,
} from "./explain-cell";

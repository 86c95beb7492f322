/** The library API: `import { calculate, catalog } from "./src"`. */
export { catalog, clauses, documents } from "./policies";
export { calculate, sheetFunctions } from "./sheet-functions";
export { evaluate } from "./sheet-functions/evaluate";
export { SubsidyError } from "./engine/errors";
export type { Clause, ClauseFunction, PolicyDocument, ParamSpec, Text } from "./catalog/types";
export type { Step } from "./engine/calc";
export * from "./format";
export { generateAudit, generateScenario, type ScenarioProfile, type SheetPlan } from "./scenario";

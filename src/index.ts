/**
 * The library API and the pane's only entry into the domain: `import { calculate, catalog } from "./src"`.
 * The catalog here is the documented one (every function with its prose from the clauses' .text.ts); the
 * functions runtime imports src/sheet-functions directly and never this module.
 */
import { documentById, documents } from "./policies";
import { documented } from "./policies/texts";

export const catalog = {
  documents,
  clauses: documented.clauses,
  documentById,
  clauseById: documented.clauseById,
  functionByName: documented.functionByName,
};
export const clauses = documented.clauses;
export { documents };
export { calculate, sheetFunctions } from "./sheet-functions";
export { evaluate } from "./sheet-functions/evaluate";
export { SubsidyError } from "./engine/errors";
export type {
  DocumentedClause as Clause,
  DocumentedFunction as ClauseFunction,
  DocumentedParam as ParamSpec,
  PolicyDocument,
  Text,
} from "./catalog/types";
export type { Step } from "./engine/calc";
export * from "./format";
export { generateAudit, generateScenario, type ScenarioProfile, type SheetPlan } from "./workbook";

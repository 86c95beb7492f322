/**
 * The library API and the pane's entry into the domain: `import { calculate, catalog } from "./src"`.
 * The catalog here is the documented one (every function with its prose from the clauses' .text.ts), so
 * the pane's first screen enters through src/records.ts instead (the plain registry) and its lazy views
 * through this module; the functions runtime imports src/sheet-functions directly and never this module.
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
export { documents, documentById };
export { locations, sectors, type DocumentId, type Location, type Sector } from "./policies";
export { calculate, sheetFunctions } from "./sheet-functions";
export { evaluate } from "./sheet-functions/evaluate";
export { nativeFormula, nativeFunctionOf } from "./native";
export { type Alternative, type Readings, readingsOf } from "./sheet-functions/readings";
export { mapElementErrors } from "./sheet-functions/each";
export type { SheetFunction } from "./sheet-functions/types";
export { SubsidyError, type ErrorCode } from "./engine/errors";
export { withMessageLanguage } from "./engine/messages";
export { type OverlapGroup, groupByClauseId } from "./rules/overlap-groups";
export { inForceOn, windows } from "./rules/windows";
export type {
  DocumentedClause as Clause,
  DocumentedFunction as ClauseFunction,
  DocumentedParam as ParamSpec,
  Category,
  DateCertainty,
  DocId,
  PolicyDocument,
  RegisterDate,
  Text,
  Unit,
} from "./catalog/types";
export type { Step } from "./engine/calc";
export * from "./format";
export * from "./workbook";
export { MAX_YEARS, checkProfile } from "./workbook/scenario/profile";
export {
  type AwardCurve,
  type AwardPicture,
  type AwardTable,
  type Breakpoint,
  type BreakpointKind,
  type CurvePoint,
  awardCurve,
} from "./engine/curve";
export { MAX_ITEM_ROWS } from "./workbook/scenario/profile";

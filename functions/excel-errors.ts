/**
 * Maps engine errors onto Excel errors. Excel shows a custom message only for #VALUE! and #N/A, so
 * #NUM!, #DIV/0! and #NULL! (the last two only re-raise an error value given as an argument) are raised
 * without one (the pane and EXPLAIN still show the message).
 */
import { isSubsidyError } from "../src/engine/errors";
import { mapElementErrors } from "../src/sheet-functions/each";

export function toExcelError(e: unknown): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  if (isSubsidyError(e)) {
    if (e.code === "#NUM!") return new CustomFunctions.Error(codes.invalidNumber);
    if (e.code === "#DIV/0!") return new CustomFunctions.Error(codes.divisionByZero);
    if (e.code === "#NULL!") return new CustomFunctions.Error(codes.nullReference);
    if (e.code === "#N/A") return new CustomFunctions.Error(codes.notAvailable, e.message);
    return new CustomFunctions.Error(codes.invalidValue, e.message);
  }
  // Anything else is a defect; show it rather than a silent number.
  return new CustomFunctions.Error(codes.invalidValue, e instanceof Error ? e.message : String(e));
}

/**
 * A sheet function's result as Excel takes it: element errors inside a returned matrix (SUBSIDY.EACH)
 * become CustomFunctions.Error values, which Excel shows in that cell only. Scalars pass unchanged.
 */
export function toExcelValue(value: unknown): unknown {
  return mapElementErrors(value, toExcelError);
}

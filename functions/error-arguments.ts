/**
 * Error values as arguments. functions.json sets `allowErrorForDataTypeAny`, so Excel calls the functions
 * with error values instead of making the whole call that error, and one rule decides what the user sees:
 * - an error in a single-value argument is the result, before any other check, with its own code where a
 *   custom function can return it (#VALUE!, #N/A, #NUM!, #DIV/0!, #NULL!) and otherwise #VALUE!
 *   "<param> is #REF!" (#NAME?, #SPILL! …) — `errorValueInput`;
 * - an error inside a range is the function's to report: #VALUE! "<param> contains an error at position k";
 *   SUBSIDY.EACH keeps it to its element, SUBSIDY.STACK names the row.
 * The preview evaluator and the HyperFormula test oracle call through here too, so all three agree.
 */
import { errorValueInput } from "../src/engine/errors";
import { errorValueOf } from "../src/engine/validate";
import type { SheetFunction } from "../src/sheet-functions/types";

/** Throws the rule's SubsidyError for the first single-value argument holding an error value. */
export function rejectErrorArguments(fn: SheetFunction, args: readonly unknown[]): void {
  const n = fn.params.length;
  const last = fn.params[n - 1];
  for (let i = 0; i < args.length; i++) {
    const p = i < n ? fn.params[i] : last?.repeating ? last : undefined;
    if (!p || p.matrix) continue;
    const error = errorValueOf(args[i]);
    if (error !== undefined) throw errorValueInput(p, error);
  }
}

/** A sheet function called as Excel calls it: the rule above, then the function (throws a SubsidyError). */
export function invokeAsExcel(fn: SheetFunction, args: readonly unknown[]): unknown {
  rejectErrorArguments(fn, args);
  return fn.invoke(args);
}

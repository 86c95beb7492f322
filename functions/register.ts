/**
 * Registers every sheet function with Excel under the ids functions.json declares (both come from
 * the same list). Excel appends an Invocation object after the declared arguments and passes a
 * repeating parameter as one array; `toInvokeArgs` undoes both so the engine sees Excel's values only.
 */
import type { SheetFunction } from "../src/sheet-functions/types";
import { invokeAsExcel } from "./error-arguments";
import { toExcelError, toExcelValue } from "./excel-errors";

export function toInvokeArgs(fn: SheetFunction, excelArgs: readonly unknown[]): unknown[] {
  const declared = excelArgs.slice(0, fn.params.length);
  const last = fn.params[fn.params.length - 1];
  if (last?.repeating && declared.length === fn.params.length) {
    const repeated = declared.pop();
    return [...declared, ...(Array.isArray(repeated) ? repeated : [repeated])];
  }
  return declared;
}

/** The function Excel calls: engine result, or a CustomFunctions.Error carrying the message. */
export function excelFunction(fn: SheetFunction): (...args: unknown[]) => unknown {
  return (...excelArgs: unknown[]) => {
    try {
      return toExcelValue(invokeAsExcel(fn, toInvokeArgs(fn, excelArgs)));
    } catch (e) {
      throw toExcelError(e);
    }
  };
}

export function registerAll(
  functions: readonly SheetFunction[],
  associate: (id: string, f: Function) => void
): void {
  for (const fn of functions) associate(fn.name, excelFunction(fn));
}

/**
 * All functions the add-in registers under SUBSIDY, and `calculate`, which evaluates any of them as
 * Excel would (the same code the Excel functions run).
 */
import { valueError } from "../engine/errors";
import { clauseSheetFunctions } from "./clause-functions";
import { eachSheetFunction } from "./each";
import { clauseInfoSheetFunction } from "./clause-info";
import { explainSheetFunction } from "./explain";
import { inForceSheetFunction } from "./in-force";
import { stackRowsSheetFunction, stackSheetFunction } from "./stack";
import type { SheetFunction } from "./types";

export const sheetFunctions: SheetFunction[] = [
  ...clauseSheetFunctions,
  eachSheetFunction,
  inForceSheetFunction,
  stackSheetFunction,
  stackRowsSheetFunction,
  explainSheetFunction,
  clauseInfoSheetFunction,
];

export const sheetFunctionByName = new Map<string, SheetFunction>(
  sheetFunctions.map((f) => [f.name, f])
);

/**
 * calculate("HZ_SCENARIO_AWARD", [6000000]) → 2000000. Arguments as Excel passes them: numbers, strings,
 * booleans, null/undefined for omitted, "" for a blank cell, 2-D arrays for ranges. Returns what Excel
 * would show, or throws a SubsidyError whose `code` is "#VALUE!", "#NUM!" or "#N/A".
 */
export function calculate(name: string, args: readonly unknown[] = []): unknown {
  const key =
    typeof name === "string"
      ? name
          .trim()
          .toUpperCase()
          .replace(/^SUBSIDY\./, "")
      : "";
  const fn = sheetFunctionByName.get(key);
  if (!fn) throw valueError(`unknown function: ${String(name)}`);
  return fn.invoke(args);
}

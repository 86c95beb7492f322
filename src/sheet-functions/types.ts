/**
 * A function as a spreadsheet sees it: name, parameters, result shape and an `invoke` taking the
 * arguments as Excel passes them. The clause functions and the utility functions (IN_FORCE, STACK, …)
 * share this shape, so `calculate`, the Excel registration and functions.json treat them alike.
 */
import type { Text } from "../catalog/types";

export interface SheetParam {
  name: string;
  /** A short name in words; zh-CN functions.json uses its Chinese as the parameter's name. */
  label: Text;
  optional: boolean;
  /** Takes a range (2-D array). */
  matrix?: boolean;
  /** The last parameter may repeat (args…). */
  repeating?: boolean;
}

export type ResultType = "number" | "boolean" | "string" | "any";

export interface SheetFunction {
  /** Excel name without the namespace. */
  name: string;
  params: SheetParam[];
  result: { type: ResultType; dimensionality: "scalar" | "matrix" };
  /** Returns what Excel shows, or throws a SubsidyError. */
  invoke(args: readonly unknown[]): unknown;
  /** Anchor on help.html for this function. */
  helpAnchor: string;
}

/**
 * A sheet function with its prose: what functions.json and the docs read (src/sheet-functions/documented.ts).
 * The runtime's SheetFunction carries none: a clause's prose is in its `.text.ts`, a utility's in
 * utilities.text.ts.
 */
export interface DocumentedSheetFunction extends SheetFunction {
  description: Text;
  params: (SheetParam & { description: Text })[];
}

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
  description: Text;
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
  description: Text;
  params: SheetParam[];
  result: { type: ResultType; dimensionality: "scalar" | "matrix" };
  /** Returns what Excel shows, or throws a SubsidyError. */
  invoke(args: readonly unknown[]): unknown;
  /** Anchor on help.html for this function. */
  helpAnchor: string;
}

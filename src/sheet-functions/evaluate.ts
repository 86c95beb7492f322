/**
 * evaluate(name, args) → { award, steps, clause, fn }: the registry finds the clause function by its
 * Excel name (src/policies: the one name rule), the engine computes it with every step.
 */
import type { Clause, ClauseFunction } from "../catalog/types";
import type { Step } from "../engine/calc";
import { valueError } from "../engine/errors";
import { computeSteps } from "../engine/evaluate";
import { type FunctionEntry, findFunction } from "../policies";

export interface Evaluation {
  award: number;
  steps: Step[];
  clause: Clause;
  fn: ClauseFunction;
}

/** Finds a clause function by its Excel name (case-insensitive, with or without the SUBSIDY. prefix). */
export function lookupFunction(name: unknown): FunctionEntry {
  const found = findFunction(name);
  if (!found)
    throw valueError(
      `function_name must be the name of a clause function, e.g. HZ_SCENARIO_AWARD`,
      "function_name"
    );
  return found;
}

/** The award with every step, for the calculator and EXPLAIN. */
export function evaluate(name: string, rawArgs: readonly unknown[]): Evaluation {
  const { clause, fn } = lookupFunction(name);
  return { ...computeSteps(fn, rawArgs), clause, fn };
}

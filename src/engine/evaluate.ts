/**
 * evaluate(name, args) → { award, steps }: validation (spec §2.4), the clause's formula, then the
 * engine's own last two stages, floor at 0 and one rounding to the fen (spec §2.3 steps 7–8).
 */
import type { Clause, ClauseFunction } from "../catalog/types";
import { functionByName } from "../policies";
import { Calc, type Step } from "./calc";
import { valueError } from "./errors";
import { L } from "./labels";
import { roundFen } from "./money";
import { validateArgs } from "./validate";

export interface Evaluation {
  award: number;
  steps: Step[];
  clause: Clause;
  fn: ClauseFunction;
}

/** Finds a clause function by its Excel name (case-insensitive, with or without the SUBSIDY. prefix). */
export function lookupFunction(name: unknown): { clause: Clause; fn: ClauseFunction } {
  const key =
    typeof name === "string"
      ? name
          .trim()
          .toUpperCase()
          .replace(/^SUBSIDY\./, "")
      : "";
  const found = functionByName.get(key);
  if (!found)
    throw valueError(
      `function_name must be the name of a clause function, e.g. HZ_SCENARIO_AWARD`,
      "function_name"
    );
  return found;
}

function run(fn: ClauseFunction, rawArgs: readonly unknown[], calc: Calc): number {
  const args = validateArgs(fn.params, rawArgs);
  const computed = fn.compute(args, fn.constants, calc);
  const floored = computed < 0 ? calc.note("floor", L.floor, 0) : computed;
  return calc.note("round", L.rounded, roundFen(floored));
}

/** A Calc that records nothing holds no state, so the fast path shares one. */
const NO_STEPS = new Calc(false);

/** The award only: the fast path the Excel functions take (no steps recorded). */
export function computeAward(fn: ClauseFunction, rawArgs: readonly unknown[]): number {
  return run(fn, rawArgs, NO_STEPS);
}

/** The award with every step, for the calculator and EXPLAIN. */
export function evaluate(name: string, rawArgs: readonly unknown[]): Evaluation {
  const { clause, fn } = lookupFunction(name);
  const calc = new Calc(true);
  const award = run(fn, rawArgs, calc);
  calc.note("result", L.award, award);
  return { award, steps: calc.steps ?? [], clause, fn };
}

/**
 * evaluate(name, args) → { award, steps }: validation (spec §2.4), the clause's formula, then the
 * engine's own last two stages, floor at 0 and one rounding to the fen (spec §2.3 steps 7–8).
 *
 * The clause runs on the fast Calc (doubles with an error bound); when that bound cannot decide a
 * threshold or the rounding, the same clause code runs again on the exact Calc (calc.ts).
 */
import type { Args, Clause, ClauseFunction } from "../catalog/types";
import { functionByName } from "../policies";
import { type Calc, ExactCalc, FastCalc, NEEDS_EXACT, type Step } from "./calc";
import { valueError } from "./errors";
import { L } from "./labels";
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

function run(fn: ClauseFunction, args: Args, calc: Calc): number {
  const computed = fn.compute(args, fn.constants, calc);
  const floored =
    calc.value(computed) < 0 ? calc.note("floor", L.floor, calc.of(0)) : calc.floorAtZero(computed);
  return calc.note("round", L.rounded, calc.finish(floored));
}

/** A Calc that records nothing holds no state, so the fast path shares one. */
const NO_STEPS = new FastCalc(false);

/** The award only: the fast path the Excel functions take (no steps recorded). */
export function computeAward(fn: ClauseFunction, rawArgs: readonly unknown[]): number {
  const args = validateArgs(fn.params, rawArgs);
  try {
    return run(fn, args, NO_STEPS);
  } catch (e) {
    if (e !== NEEDS_EXACT) throw e;
  }
  return run(fn, args, new ExactCalc(false));
}

/** The award with every step, for the calculator and EXPLAIN. */
export function evaluate(name: string, rawArgs: readonly unknown[]): Evaluation {
  const { clause, fn } = lookupFunction(name);
  const args = validateArgs(fn.params, rawArgs);
  let calc: Calc = new FastCalc(true);
  let award: number;
  try {
    award = run(fn, args, calc);
  } catch (e) {
    if (e !== NEEDS_EXACT) throw e;
    // The fast bound could not decide: replay the same clause code exactly, recording its steps instead.
    calc = new ExactCalc(true);
    award = run(fn, args, calc);
  }
  calc.note("result", L.award, award);
  return { award, steps: calc.steps ?? [], clause, fn };
}

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

/** Runs on `fast`; replays on a fresh exact Calc when the fast one cannot decide. */
function runEither(fn: ClauseFunction, rawArgs: readonly unknown[], fast: Calc, record: boolean) {
  const args = validateArgs(fn.params, rawArgs);
  try {
    return { award: run(fn, args, fast), calc: fast };
  } catch (e) {
    if (e !== NEEDS_EXACT) throw e;
  }
  const exact = new ExactCalc(record);
  return { award: run(fn, args, exact), calc: exact };
}

/** A Calc that records nothing holds no state, so the fast path shares one. */
const NO_STEPS = new FastCalc(false);

/** The award only: the fast path the Excel functions take (no steps recorded). */
export function computeAward(fn: ClauseFunction, rawArgs: readonly unknown[]): number {
  return runEither(fn, rawArgs, NO_STEPS, false).award;
}

/** The award with every step, for the calculator and EXPLAIN. */
export function evaluate(name: string, rawArgs: readonly unknown[]): Evaluation {
  const { clause, fn } = lookupFunction(name);
  const { award, calc } = runEither(fn, rawArgs, new FastCalc(true), true);
  calc.note("result", L.award, award);
  return { award, steps: calc.steps ?? [], clause, fn };
}

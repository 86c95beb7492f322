/**
 * A clause function's award → { award, steps }: validation (spec §2.4), the clause's formula, then the
 * engine's own last two stages, floor at 0 and one rounding to the fen (spec §2.3 steps 7–8). The engine
 * is given the function record; finding it by name is the registry's job (src/policies), one layer up.
 */
import type { ClauseFunction } from "../catalog/types";
import { Calc, type Step } from "./calc";
import { L } from "./labels";
import { roundFen } from "./money";
import { validateArgs } from "./validate";

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
export function computeSteps(
  fn: ClauseFunction,
  rawArgs: readonly unknown[]
): { award: number; steps: Step[] } {
  const calc = new Calc(true);
  const award = run(fn, rawArgs, calc);
  calc.note("result", L.award, award);
  return { award, steps: calc.steps ?? [] };
}

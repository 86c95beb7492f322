/**
 * A clause function's award → { award, steps }: validation (spec §2.4), the clause's formula, then the
 * engine's own last two stages, floor at 0 and one rounding to the fen (spec §2.3 steps 7–8). The engine
 * is given the function record; finding it by name is the registry's job (src/policies), one layer up.
 *
 * The clause runs on the fast Calc (doubles with an error bound); when that bound cannot decide a
 * threshold or the rounding, the same clause code runs again on the exact Calc (calc/).
 */
import type { Args, ClauseFunction } from "../catalog/types";
import { type Calc, ExactCalc, FastCalc, NEEDS_EXACT, type Step } from "./calc";
import { L } from "./labels";

function run(fn: ClauseFunction, args: Args, calc: Calc): number {
  calc.begin();
  const computed = fn.compute(args, fn.constants, calc);
  const floored =
    calc.value(computed) < 0 ? calc.note("floor", L.floor, calc.of(0)) : calc.floorAtZero(computed);
  return calc.note("round", L.rounded, calc.finish(floored));
}

/** A Calc that records nothing holds no state, so the fast path shares one. */
const NO_STEPS = new FastCalc(false);

/**
 * The award only: the path the Excel functions take (no steps recorded). The shape's fused fast path on plain
 * doubles first, where it has one and accepts the call (engine/plain); otherwise validation and the fast Calc.
 */
export function computeAward(fn: ClauseFunction, rawArgs: readonly unknown[]): number {
  const plain = fn.fast?.(rawArgs);
  return plain !== undefined ? plain : computeAwardInFull(fn, rawArgs);
}

/** The award by the full path alone: validation, the fast Calc, the exact replay where it cannot decide. */
export function computeAwardInFull(fn: ClauseFunction, rawArgs: readonly unknown[]): number {
  const args = fn.validate(rawArgs);
  try {
    return run(fn, args, NO_STEPS);
  } catch (e) {
    if (e !== NEEDS_EXACT) throw e;
  }
  return run(fn, args, new ExactCalc(false));
}

/** The award with every step, for the calculator and EXPLAIN. */
export function computeSteps(
  fn: ClauseFunction,
  rawArgs: readonly unknown[]
): { award: number; steps: Step[] } {
  const args = fn.validate(rawArgs);
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
  return { award, steps: calc.steps ?? [] };
}

/**
 * Runs a shape as the engine would, without a clause record: bound to the parameters the test names (in the
 * order its argument object lists them), then on the exact Calc (the reference, recording steps) and on the
 * fast one with and without steps, which must give the same fen whenever their error bound decides
 * (NEEDS_EXACT: the engine would replay exactly, so there is nothing to compare).
 */
import type { Args, Compute, NamedArgs, Shape, Text } from "../../../src/catalog/types";
import { ExactCalc, FastCalc, NEEDS_EXACT, type Step } from "../../../src/engine/calc";
import { SubsidyError } from "../../../src/engine/errors";

/**
 * The shape bound as a record would bind it, and the named arguments in that order. A name the shape reads
 * that the test does not give is appended as omitted, as a record's optional parameter would be.
 */
function bound<C>(shape: Shape<C>, named: NamedArgs): { compute: Compute<C>; args: Args } {
  const names = Object.keys(named);
  const compute = shape((name) => {
    if (!names.includes(name)) names.push(name);
    return names.indexOf(name);
  });
  return { compute, args: names.map((n) => named[n]) };
}

function fastAward<C>(shape: Compute<C>, args: Args, c: C, record: boolean): number | undefined {
  const calc = new FastCalc(record);
  try {
    return calc.finish(shape(args, c, calc));
  } catch (e) {
    if (e === NEEDS_EXACT) return undefined;
    throw e;
  }
}

/** The award rounded to the fen and the steps the exact run recorded. */
export function runShape<C>(
  shape: Shape<C>,
  named: NamedArgs,
  c: C
): { award: number; steps: Step[] } {
  const { compute, args } = bound(shape, named);
  const exact = new ExactCalc(true);
  const award = exact.finish(compute(args, c, exact));
  for (const record of [true, false]) {
    const fast = fastAward(compute, args, c, record);
    if (fast !== undefined) expect(fast).toBe(award);
  }
  return { award, steps: exact.steps ?? [] };
}

/** The award only. */
export const award = <C>(shape: Shape<C>, args: NamedArgs, c: C): number =>
  runShape(shape, args, c).award;

/** The one step recorded under this English label (fails when there is none or several). */
export function step(steps: Step[], en: string): Step {
  const found = steps.filter((s) => s.label.en === en);
  expect(found).toHaveLength(1);
  return found[0];
}

/** English labels of the steps, in order. */
export const labels = (steps: Step[]): string[] => steps.map((s) => s.label.en);

/** A label for a test's own parameter. */
export const label = (en: string): Text => ({ en, zh: en });

/** The SubsidyError `f` throws; fails the test on any other outcome. */
export function thrownBy(f: () => unknown): SubsidyError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SubsidyError);
    return e as SubsidyError;
  }
  throw new Error("expected a SubsidyError");
}

/**
 * The fused fast path per shape (docs/architecture.md, "The shape contract"): a shape may give its bound
 * compute a `fast` twin that reads the raw arguments and computes the award on plain doubles with an error
 * bound; computeAward tries it first and takes the full path (validation, FastCalc, ExactCalc) whenever it
 * declines — an argument validation would change or reject, or a decision its bound leaves open.
 *
 * The shapes import the arithmetic (./bounds, ../calc/fast-calc) from its own module: a re-export compiles to
 * a getter under CommonJS (ts-node, jest), which V8 does not inline on a hot path.
 */
import type { Compute, FastAward } from "../../catalog/types";
import type { ParamSpec } from "../../catalog/param-types";
import { NEEDS_EXACT } from "../calc/types";
import { PlainArgs } from "./args";

export { PlainArgs } from "./args";

/** A bound compute with its fused fast path. */
export const withFast = <C>(compute: Compute<C>, fast: FastAward<C>): Compute<C> =>
  Object.assign(compute, { fast });

/**
 * A record's fast award, prepared at load from its parameters and constants: the award, or undefined when
 * the call must take the full path.
 */
export function plainAward<C>(
  params: readonly ParamSpec[],
  constants: C,
  fastFor: FastAward<C>
): (raw: readonly unknown[]) => number | undefined {
  const plain = new PlainArgs(params);
  const fast = fastFor(constants);
  return (raw) => {
    if (!plain.accepts(raw)) return undefined;
    try {
      return fast(raw, plain);
    } catch (e) {
      if (e === NEEDS_EXACT) return undefined;
      throw e;
    }
  };
}

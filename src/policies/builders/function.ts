/**
 * How a clause record declares its function: the parameters, the constants and a shape typed over the
 * parameters' names. The shape is bound here, once, when the record's module loads: every name it reads is
 * resolved to that parameter's index (a name the record lacks is a compile error, and — for a name built at
 * run time — an error at load, never a silent undefined per call) — and so is its fused fast path, if it has one.
 */
import type { ClauseFunction, IndexOf, ParamSpec, Shape } from "../../catalog/types";
import { plainAward } from "../../engine/plain";
import { argumentValidator } from "../../engine/validate";

type Constants = Record<string, unknown>;

/**
 * A clause function as written in its record: a `shape` in place of the bound `compute`. The constants and
 * parameter names are inferred from `constants` and `params` alone, so the shape and the remarks are
 * checked against them (a shape reading a name the record lacks does not compile).
 */
export type FunctionDef<C extends Constants, N extends string> = Omit<
  ClauseFunction<NoInfer<C>, N>,
  "compute" | "fast" | "validate" | "params" | "constants" | "shape"
> & {
  params: readonly ParamSpec<N>[];
  constants: C;
  shape: Shape<NoInfer<C>, NoInfer<N>>;
};

/** name → index over a record's parameters, failing at load on a name it does not have. */
export function indexOf<N extends string>(
  fnName: string,
  params: readonly ParamSpec<N>[]
): IndexOf<N> {
  return (name) => {
    const i = params.findIndex((p) => p.name === name);
    if (i < 0)
      throw new Error(`${fnName}: its shape reads "${name}", which is not one of its parameters`);
    return i;
  };
}

/** The record with its shape bound to its parameter indexes. */
export function clauseFunction<C extends Constants, N extends string>(
  def: FunctionDef<C, N>
): ClauseFunction<C, N> {
  const compute = def.shape(indexOf(def.name, def.params));
  return {
    ...def,
    validate: argumentValidator(def.params),
    compute,
    fast: compute.fast && plainAward(def.params, def.constants, compute.fast),
  };
}

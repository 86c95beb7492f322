/**
 * A yes/no argument that makes the clause inapplicable (「国家没有配套资金要求的」: where the state does
 * require matching, the clause does not pay): TRUE → 0, recorded under the record's label saying why;
 * otherwise `then`. Why a shape: SD-ROBOT-02 gates its per-platform grant on such a flag.
 */
import type { Args, Text } from "../../catalog/types";
import type { Calc, Num } from "../calc";

export function barredByFlag<C>(
  o: { param: string; label: Text },
  then: (args: Args, c: C, calc: Calc) => Num
) {
  return (args: Args, c: C, calc: Calc): Num =>
    args[o.param] === true ? calc.fixed(o.label, 0) : then(args, c, calc);
}

/**
 * A yes/no argument that makes the clause inapplicable (「国家没有配套资金要求的」: where the state does
 * require matching, the clause does not pay): TRUE → 0, recorded under the record's label saying why;
 * otherwise `then`. Why a shape: SD-ROBOT-02 gates its per-platform grant on such a flag.
 */
import type { Shape, Text } from "../../catalog/types";

export function barredByFlag<C, const N extends string>(
  o: { param: N; label: Text },
  then: Shape<C, N>
): Shape<C, N> {
  return (at) => {
    const flagAt = at(o.param);
    const next = then(at);
    return (args, c, calc) =>
      args[flagAt] === true ? calc.fixed(o.label, 0) : next(args, c, calc);
  };
}

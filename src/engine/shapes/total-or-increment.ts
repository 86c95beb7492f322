/**
 * The base an award is computed on when a code chooses it (「按年研发投入总量或增量」): the current value, or,
 * for the increment code, the current value less the prior one — which that code makes required (#VALUE!,
 * marked missing, naming the prior parameter). Returns the base as an Amount for the rate shape that
 * follows. Why a shape: HZ-HUMANOID-02d supports R&D on the total or on the increment.
 */
import type { Shape, Text } from "../../catalog/types";
import { missingError } from "../errors";
import { type Input, num, optNum } from "./args";

export function totalOrIncrement<const N extends string>(o: {
  current: Input<N>;
  priorParam: N;
  codeParam: N;
  /** The code value that selects the increment; any other uses the total. */
  incrementCode: string;
  incrementLabel: Text;
}): Shape<unknown, N> {
  return (at) => {
    const currentAt = at(o.current.param);
    const priorAt = at(o.priorParam);
    const codeAt = at(o.codeParam);
    return (args, _c, calc) => {
      const current = calc.base(o.current.label, num(args, currentAt));
      if (args[codeAt] !== o.incrementCode) return current;
      const prior = optNum(args, priorAt);
      if (prior === undefined)
        throw missingError(
          `${o.priorParam} is required when ${o.codeParam} = ${o.incrementCode}`,
          o.priorParam
        );
      return calc.deduct(o.incrementLabel, current, prior);
    };
  };
}

/**
 * A range award 「X-Y」 (spec §2.2 kind 2, Revision 1): 0 → 0; a request inside [X, Y] as asked; above Y
 * clipped to Y; strictly between 0 and X → #NUM!, because the band is the programme's funding range and no
 * grant is raised above what was applied for. Why a shape: the band rule is the same for any 「X-Y」 award.
 */
import type { Shape } from "../../catalog/types";
import { grouped, wan } from "../../format/money";
import { numError } from "../errors";
import { L } from "../labels";
import { num } from "./args";

export type RangeBandConstants = {
  /** Lower end of 「X-Y」 (inclusive). */
  floor: number;
  /** Upper end of 「X-Y」 (inclusive). */
  cap: number;
};

export function rangeBand<const N extends string>(requestedParam: N): Shape<RangeBandConstants, N> {
  return (at) => {
    const requestedAt = at(requestedParam);
    return (args, c, calc) => {
      const requested = calc.base(L.requested, num(args, requestedAt));
      if (calc.compare(requested, 0) === 0) return requested;
      if (!calc.atLeast(L.bandFloor, requested, c.floor)) {
        throw numError(
          `${requestedParam} must be 0 or at least ${grouped(c.floor)} (the ${wan(c.floor)}-${wan(c.cap)} band)`,
          requestedParam
        );
      }
      return calc.cap(L.bandCap, requested, c.cap);
    };
  };
}

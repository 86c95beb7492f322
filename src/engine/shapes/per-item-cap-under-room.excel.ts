/**
 * perItemCapUnderRoom's twin: per item threshold → rate → per-unit cap summed with masks (never IF over the
 * range), then the room under the annual cap. With items R, threshold T, rate r, per-unit cap P:
 * MIN(SUMPRODUCT((R>=T)*(R*r<=P)*R*r) + P*SUMPRODUCT((R>=T)*(R*r>P)), MAX(0, annualCap − received)).
 * A blank cell is 0 to the arithmetic and fails any positive threshold, as the engine skips it.
 */
import type { Text } from "../../catalog/types";
import { orDefault } from "../native/readers";
import { type Expr, ZERO, add, compare, mul, num, sumproduct } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";
import { RECEIVED } from "./args";
import type { PerItemRoomConstants } from "./per-item-cap-under-room";

/** Σ min(itemᵢ, P) over the items that pass the threshold, each item already rated. */
function sumOfCappedItems(items: Expr, c: PerItemRoomConstants): Expr {
  const raw = c.rate === undefined ? items : X.rate(items, c.rate);
  const perUnitCap = num(c.perUnitCap);
  const masked = (mask: Expr): Expr =>
    c.threshold === undefined
      ? mask
      : mul(X.meets(items, c.threshold, c.thresholdOp ?? ">="), mask);
  const below = sumproduct(mul(masked(compare(raw, "<=", perUnitCap)), raw));
  const above = mul(perUnitCap, sumproduct(masked(compare(raw, ">", perUnitCap))));
  return add(below, above);
}

export function perItemCapUnderRoomExcel(o: {
  itemsParam: string;
  itemLabel: Text;
  receivedParam?: string;
}): ExcelShape<PerItemRoomConstants> {
  return (x, c) => {
    const items = x.range(o.itemsParam);
    const total = items === undefined ? ZERO : sumOfCappedItems(items, c);
    return X.room(total, c.annualCap, orDefault(x, o.receivedParam ?? RECEIVED));
  };
}

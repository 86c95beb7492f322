/**
 * An in-kind benefit valued at a unit price: each quantity within its limit (「面积不超过A」, 「时间不超过T」),
 * their product, × the price per unit of that product (a market rent per m² per month). Why a shape:
 * HZ-HUMANOID-03b values free office space as capped area × capped months × rent.
 */
import type { Args, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { type Input, num } from "./args";

/** A quantity argument and the constant holding its limit (inclusive: 「不超过」). */
export interface CappedQuantity<K extends string> extends Input {
  capKey: K;
}

export function cappedProductAtPrice<K extends string>(o: {
  /** At least one; each is recorded as a cap step, in this order. */
  quantities: readonly [CappedQuantity<K>, ...CappedQuantity<K>[]];
  productLabel: Text;
  price: Input;
}) {
  return (args: Args, c: Record<K, number>, calc: Calc): Amount => {
    const capped = o.quantities.map((q) => calc.cap(q.label, num(args, q.param), c[q.capKey]));
    const product = calc.base(
      o.productLabel,
      capped.reduce((a, b) => calc.mul(a, b))
    );
    return calc.rate(o.price.label, product, num(args, o.price.param));
  };
}

/**
 * An in-kind benefit valued at a unit price: each quantity within its limit (「面积不超过A」, 「时间不超过T」),
 * their product, × the price per unit of that product (a market rent per m² per month). Why a shape:
 * HZ-HUMANOID-03b values free office space as capped area × capped months × rent.
 */
import type { Shape, Text } from "../../catalog/types";
import type { Amount } from "../calc";
import { type Input, num } from "./args";

/** A quantity argument and the constant holding its limit (inclusive: 「不超过」). */
export interface CappedQuantity<K extends string, N extends string = string> extends Input<N> {
  capKey: K;
}

export function cappedProductAtPrice<K extends string, const N extends string>(o: {
  /** At least one; each is recorded as a cap step, in this order. */
  quantities: readonly [CappedQuantity<K, N>, ...CappedQuantity<K, N>[]];
  productLabel: Text;
  price: Input<N>;
}): Shape<Record<K, number>, N> {
  return (at) => {
    const quantityAt = o.quantities.map((q) => at(q.param));
    const priceAt = at(o.price.param);
    return (args, c, calc) => {
      let product: Amount | undefined;
      o.quantities.forEach((q, i) => {
        const capped = calc.cap(q.label, num(args, quantityAt[i]), c[q.capKey]);
        product = product === undefined ? capped : calc.mul(product, capped);
      });
      return calc.rate(o.price.label, calc.base(o.productLabel, product!), num(args, priceAt));
    };
  };
}

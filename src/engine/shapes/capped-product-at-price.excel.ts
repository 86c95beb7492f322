/** cappedProductAtPrice's twin: MIN(q₁, limit₁) × … × MIN(qₙ, limitₙ) × price. */
import type { Text } from "../../catalog/types";
import { type ExcelShape, X } from "../native/twin";
import type { Input } from "./args";
import type { CappedQuantity } from "./capped-product-at-price";

export function cappedProductAtPriceExcel<K extends string>(o: {
  quantities: readonly [CappedQuantity<K>, ...CappedQuantity<K>[]];
  productLabel: Text;
  price: Input;
}): ExcelShape<Record<K, number>> {
  return (x, c) => {
    const [first, ...rest] = o.quantities.map((q) => X.cap(x.num(q.param), c[q.capKey]));
    const product = rest.reduce((p, q) => X.rate(p, q), first);
    return X.rate(product, x.num(o.price.param));
  };
}

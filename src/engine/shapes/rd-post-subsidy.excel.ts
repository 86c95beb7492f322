/**
 * rdPostSubsidy's twin (a shape constant, registered by identity): IF(last year's R&D ≥ threshold, the room
 * under the cumulative cap of (stock part × stock ratio + MAX(0, last − prior) × increment ratio) × uplift,
 * at most the base annual cap × uplift when one is given, 0). The stock part is all of last year's R&D for
 * "TOTAL", else MIN(last, prior).
 */
import { RECEIVED } from "./args";
import type { RdPostSubsidyConstants } from "./rd-post-subsidy";
import { ZERO, floorAtZero, min, sub } from "../native/expr";
import { type ExcelShape, X } from "../native/twin";

export const rdPostSubsidyExcel: ExcelShape<RdPostSubsidyConstants> = (x, c) => {
  const last = x.num("rd_last_year");
  const prior = x.num("rd_prior_year");
  const stockPart = X.when(x.is("stock_basis", "TOTAL"), last, min(last, prior));
  const incrementPart = floorAtZero(sub(last, prior));
  const stock = X.rate(stockPart, x.num("base_stock_ratio"));
  const increment = X.rate(incrementPart, x.num("base_increment_ratio"));
  const raised = X.rate(X.add(stock, increment), c.uplift);
  const capped = x.orElse("base_annual_cap", (cap) => X.cap(raised, X.rate(cap, c.uplift)), raised);
  const received = x.orElse(RECEIVED, (r) => r, ZERO);
  const award = X.room(capped, c.cumulativeCap, received);
  return X.when(X.meets(last, c.threshold, ">="), award);
};

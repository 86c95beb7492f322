/**
 * A financing-cost subsidy (贴息, 担保费用补助, 融资租赁费率补贴) cannot exceed the cost actually borne: when the
 * optional `costParam` is given, min(amount, cost); otherwise the amount unchanged. This follows from the
 * nature of the subsidy, not from a number in a text (spec §5.3 HZ-04c, §5.5 BJ-06b, BJ-13a, BJ-13b).
 */
import type { Args, Shape } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { optNum } from "./args";

const COST_PAID = {
  en: "Cost actually paid (the subsidy cannot exceed it)",
  zh: "实际支付费用（补助不超过该金额）",
};

/** `amount`, at most the cost paid (the argument at `costAt`) when one is given. */
export function capAtCostPaid(args: Args, costAt: number, amount: Amount, calc: Calc): Amount {
  const cost = optNum(args, costAt);
  return cost === undefined ? amount : calc.cap(COST_PAID, amount, cost);
}

/** `then`'s award, at most the cost paid: the stage above as the last shape of a composition. */
export function atMostCostPaid<C, const N extends string>(
  costParam: N,
  then: Shape<C, N>
): Shape<C, N> {
  return (at) => {
    const costAt = at(costParam);
    const next = then(at);
    return (args, c, calc) => capAtCostPaid(args, costAt, calc.of(next(args, c, calc)), calc);
  };
}

/**
 * A financing-cost subsidy (贴息, 担保费用补助, 融资租赁费率补贴) cannot exceed the cost actually borne: when the
 * optional `costParam` is given, min(amount, cost); otherwise the amount unchanged. This follows from the
 * nature of the subsidy, not from a number in a text (spec §5.3 HZ-04c, §5.5 BJ-06b, BJ-13a, BJ-13b).
 */
import type { Args } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { optNum } from "./args";

const COST_PAID = {
  en: "Cost actually paid (the subsidy cannot exceed it)",
  zh: "实际支付费用（补助不超过该金额）",
};

export function capAtCostPaid(args: Args, costParam: string, amount: Amount, calc: Calc): Amount {
  const cost = optNum(args, costParam);
  return cost === undefined ? amount : calc.cap(COST_PAID, amount, cost);
}

/** `then`'s award, at most the cost paid: the stage above as the last shape of a composition. */
export function atMostCostPaid<C>(
  costParam: string,
  then: (args: Args, c: C, calc: Calc) => Amount
) {
  return (args: Args, c: C, calc: Calc): Amount =>
    capAtCostPaid(args, costParam, then(args, c, calc), calc);
}

/**
 * What every shape reads from its arguments, in one place: a shape names the parameters it reads (given by
 * the clause record, so a shape knows no parameter of its own except the shared `received_to_date`), and
 * these readers turn the validated `Args` into the numbers the Calc operations take. Nothing here computes.
 */
import type { Args, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";

/** A parameter the shape reads as an amount, with the step label its value is recorded under. */
export interface Input {
  param: string;
  label: Text;
}

/** An annual or cumulative cap shared with earlier receipts: its step label and who holds the receipts. */
export interface Room {
  label: Text;
  /** Default `received_to_date`, the shared parameter (builders/params.ts `receivedToDate`). */
  receivedParam?: string;
}

/** A required number (validation has already rejected an omitted one). */
export const num = (args: Args, name: string): number => args[name] as number;

/** An optional number: undefined when omitted without a default. */
export const optNum = (args: Args, name: string): number | undefined =>
  args[name] as number | undefined;

/** An optional number from a parameter the record may not have (`name` undefined → undefined). */
export const optNumIf = (args: Args, name: string | undefined): number | undefined =>
  name ? optNum(args, name) : undefined;

/** What was already received toward a shared cap (0 when omitted); `param` defaults to `received_to_date`. */
export const receivedOf = (args: Args, param = "received_to_date"): number =>
  optNum(args, param) ?? 0;

/**
 * `each` × the count argument (default 1), or `each` unchanged when the record asks no count. Shared by the
 * per-item shapes (fixed-per-item, up-to-cap-by-code), which record the count and the product alike.
 */
export function timesCount(
  args: Args,
  countParam: string | undefined,
  each: Amount,
  calc: Calc
): Amount {
  if (!countParam) return each;
  const n = calc.base(L.itemCount, optNum(args, countParam) ?? 1);
  return calc.fixed(L.timesCount, calc.mul(each, n));
}

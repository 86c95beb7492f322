/**
 * What every shape reads from its arguments, in one place. A shape names the parameters it reads (given by
 * the clause record, so a shape knows no parameter of its own except the shared `received_to_date`) and,
 * when bound (the shape contract, docs/architecture.md), resolves each name once to its index; these
 * readers then take the validated positional `Args` and that index. Nothing here computes.
 */
import type { Args, IndexOf, Shape, Text } from "../../catalog/types";
import type { Amount, Calc } from "../calc";
import { L } from "../labels";

/** A parameter the shape reads as an amount, with the step label its value is recorded under. */
export interface Input<N extends string = string> {
  param: N;
  label: Text;
}

/** An annual or cumulative cap shared with earlier receipts: its step label and who holds the receipts. */
export interface Room<N extends string = string> {
  label: Text;
  /** Default `received_to_date`, the shared parameter (builders/params.ts `receivedToDate`). */
  receivedParam?: N;
}

/** The shared parameter of earlier receipts toward a cap (builders/params.ts `receivedToDate`). */
export const RECEIVED = "received_to_date";

/** Index of `name`, or −1 when the record names no such parameter (an optional part of the shape). */
export const indexIf = <const N extends string>(at: IndexOf<N>, name: N | undefined): number =>
  name === undefined ? -1 : at(name);

/** A required number (validation has already rejected an omitted one). */
export const num = (args: Args, i: number): number => args[i] as number;

/** The smallest shape: an input recorded as the base step (a base for shapes that also take a computed one). */
export const inputBase =
  <const N extends string>(input: Input<N>): Shape<unknown, N> =>
  (at) => {
    const i = at(input.param);
    return (args, _c, calc) => calc.base(input.label, num(args, i));
  };

/** An optional number: undefined when omitted without a default, or when `i` is −1 (no such parameter). */
export const optNum = (args: Args, i: number): number | undefined =>
  i < 0 ? undefined : (args[i] as number | undefined);

/** What was already received toward a shared cap (0 when omitted). */
export const receivedOf = (args: Args, i: number): number => optNum(args, i) ?? 0;

/**
 * `each` × the count argument at `countAt` (default 1), or `each` unchanged when the record asks no count
 * (−1). Shared by the per-item shapes (fixed-per-item, up-to-cap-by-code), which record the count and the
 * product alike.
 */
export function timesCount(args: Args, countAt: number, each: Amount, calc: Calc): Amount {
  if (countAt < 0) return each;
  const n = calc.base(L.itemCount, optNum(args, countAt) ?? 1);
  return calc.fixed(L.timesCount, calc.mul(each, n));
}

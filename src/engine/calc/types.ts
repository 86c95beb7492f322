/** The values and steps a Calc deals in (see index.ts for how the two Calcs share them). */
import type { Text } from "../../catalog/types";
import { numError } from "../errors";
import { awardTooLargeMessage } from "../messages";

export type StepKind =
  | "input"
  | "threshold"
  | "rate"
  | "cap"
  | "room"
  | "sum"
  | "tier"
  | "deduct"
  | "fixed"
  | "floor"
  | "round"
  | "result";

export interface Step {
  kind: StepKind;
  label: Text;
  /** The amount after this stage (for a threshold: the value tested). */
  amount: number;
  /** The threshold or cap this stage compared with. */
  limit?: number;
  /** For a threshold: the comparison the text prescribes (以上/达 → ">=", 超过 → ">"). */
  op?: ">=" | ">";
  /** For a threshold: whether it was met. */
  met?: boolean;
  /** For a cap: whether it bound (the amount was cut to it). */
  bound?: boolean;
}

declare const amountBrand: unique symbol;
/** A value owned by a Calc: clause code combines Amounts only through Calc operations. */
export type Amount = { readonly [amountBrand]: true };
/** An Amount, or a plain number (an argument or a constant, read as Excel shows it). */
export type Num = number | Amount;

/** Thrown by the fast Calc when its error bound cannot decide; evaluate.ts then replays exactly. */
export const NEEDS_EXACT: unique symbol = Symbol("needs exact arithmetic");

export const awardTooLarge = () => numError(awardTooLargeMessage());

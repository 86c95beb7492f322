/**
 * Formula primitives (spec §2.3). Each primitive computes one named stage of an award — the base,
 * a threshold, a rate, a cap, the room under an annual or cumulative cap — and, when the caller asked
 * for an explanation, records it as a step. The Excel path runs with recording off, so the same code
 * serves the fast path and the calculator / EXPLAIN without two implementations.
 */
import type { Text } from "../catalog/types";
import { remainingCap } from "./money";

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

export class Calc {
  /** null when not recording (the Excel fast path). */
  readonly steps: Step[] | null;

  constructor(record: boolean) {
    this.steps = record ? [] : null;
  }

  /** A named input or intermediate amount. */
  base(label: Text, amount: number): number {
    if (this.steps) this.steps.push({ kind: "input", label, amount });
    return amount;
  }

  /** 「X以上」「达X」「X（含）以上」「不低于X」: value ≥ limit (民法典 art. 1259 includes the number). */
  atLeast(label: Text, value: number, limit: number): boolean {
    const met = value >= limit;
    if (this.steps)
      this.steps.push({ kind: "threshold", label, amount: value, limit, op: ">=", met });
    return met;
  }

  /** 「超过X」「突破X」: value > limit (excludes the number). */
  above(label: Text, value: number, limit: number): boolean {
    const met = value > limit;
    if (this.steps)
      this.steps.push({ kind: "threshold", label, amount: value, limit, op: ">", met });
    return met;
  }

  /** base × rate. */
  rate(label: Text, base: number, rate: number): number {
    const amount = base * rate;
    if (this.steps) this.steps.push({ kind: "rate", label, amount, limit: rate });
    return amount;
  }

  /** An inclusive cap (最高/不超过/上限): min(amount, cap). */
  cap(label: Text, amount: number, cap: number): number {
    const bound = amount > cap;
    const capped = bound ? cap : amount;
    if (this.steps) this.steps.push({ kind: "cap", label, amount: capped, limit: cap, bound });
    return capped;
  }

  /** Room left under an annual or cumulative cap shared with earlier receipts: min(amount, max(0, cap − received)). */
  room(label: Text, amount: number, cap: number, received: number): number {
    const room = remainingCap(cap, received);
    const bound = amount > room;
    const capped = bound ? room : amount;
    if (this.steps) this.steps.push({ kind: "room", label, amount: capped, limit: room, bound });
    return capped;
  }

  /** A sum across units or tiers. */
  sum(label: Text, amounts: number[]): number {
    let total = 0;
    for (const a of amounts) total += a;
    if (this.steps) this.steps.push({ kind: "sum", label, amount: total });
    return total;
  }

  /** Subtracts an amount already paid or deducted, floored at 0. */
  deduct(label: Text, amount: number, deduction: number): number {
    const left = Math.max(0, amount - deduction);
    if (this.steps) this.steps.push({ kind: "deduct", label, amount: left, limit: deduction });
    return left;
  }

  /** A fixed award (or 0 when a categorical condition is not met). */
  fixed(label: Text, amount: number): number {
    if (this.steps) this.steps.push({ kind: "fixed", label, amount });
    return amount;
  }

  /** Records a stage the engine itself adds (floor, rounding, result). */
  note(kind: "floor" | "round" | "result" | "tier", label: Text, amount: number): number {
    if (this.steps) this.steps.push({ kind, label, amount });
    return amount;
  }
}

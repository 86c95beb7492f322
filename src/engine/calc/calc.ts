/**
 * The Calc contract: the arithmetic each Calc gives meaning to (fast-calc.ts, exact-calc.ts), and the named
 * stages built on it, which record a step only when the caller asked for an explanation.
 */
import type { Text } from "../../catalog/types";
import type { Amount, Num, Step } from "./types";

export abstract class Calc {
  /** null when not recording (the Excel fast path). */
  readonly steps: Step[] | null;

  constructor(record: boolean) {
    this.steps = record ? [] : null;
  }

  /** Called before each evaluation: a Calc that reuses storage between calls frees it here. */
  begin(): void {}

  // --- arithmetic (not recorded) ------------------------------------------------------------------
  /** An argument or constant as an Amount (read as Excel shows it: 15 significant digits). */
  abstract of(x: Num): Amount;
  abstract add(a: Num, b: Num): Amount;
  abstract sub(a: Num, b: Num): Amount;
  abstract mul(a: Num, b: Num): Amount;
  abstract div(a: Num, b: Num): Amount;
  abstract min(a: Num, b: Num): Amount;
  abstract max(a: Num, b: Num): Amount;
  /** min(a, limit), with `limit` a ceiling the rounded award must respect. */
  protected abstract capAt(a: Num, limit: Num): Amount;
  /** max(0, a), the ceiling floored at 0 too. */
  abstract floorAtZero(a: Num): Amount;
  /** −1, 0, 1 as a <, =, > b (the fast Calc throws NEEDS_EXACT when its bound cannot tell). */
  abstract compare(a: Num, b: Num): number;
  /** A close double, for steps and for the clause code's own branching on categories (never for money). */
  abstract value(a: Num): number;
  /** The award: rounded once to the fen half away from zero, at most every ceiling, at most 10 trillion. */
  abstract finish(a: Num): number;

  // --- named stages (recorded) ----------------------------------------------------------------------

  /** A named input or intermediate amount. */
  base(label: Text, amount: Num): Amount {
    const a = this.of(amount);
    if (this.steps) this.steps.push({ kind: "input", label, amount: this.value(a) });
    return a;
  }

  /** 「X以上」「达X」「X（含）以上」「不低于X」: value ≥ limit (民法典 art. 1259 includes the number). */
  atLeast(label: Text, value: Num, limit: Num): boolean {
    const met = this.compare(value, limit) >= 0;
    if (this.steps)
      this.steps.push({ kind: "threshold", label, ...this.shown(value, limit), op: ">=", met });
    return met;
  }

  /** 「超过X」「突破X」: value > limit (excludes the number). */
  above(label: Text, value: Num, limit: Num): boolean {
    const met = this.compare(value, limit) > 0;
    if (this.steps)
      this.steps.push({ kind: "threshold", label, ...this.shown(value, limit), op: ">", met });
    return met;
  }

  /** base × rate. */
  rate(label: Text, base: Num, rate: Num): Amount {
    const a = this.mul(base, rate);
    if (this.steps) this.steps.push({ kind: "rate", label, ...this.shown(a, rate) });
    return a;
  }

  /** An inclusive cap (最高/不超过/上限): min(amount, cap). */
  cap(label: Text, amount: Num, cap: Num): Amount {
    const capped = this.capAt(amount, cap);
    if (this.steps)
      this.steps.push({
        kind: "cap",
        label,
        ...this.shown(capped, cap),
        bound: this.bound(amount, cap),
      });
    return capped;
  }

  /** Room left under an annual or cumulative cap shared with earlier receipts: min(amount, max(0, cap − received)). */
  room(label: Text, amount: Num, cap: Num, received: Num): Amount {
    const room = this.floorAtZero(this.sub(cap, received));
    const capped = this.capAt(amount, room);
    if (this.steps)
      this.steps.push({
        kind: "room",
        label,
        ...this.shown(capped, room),
        bound: this.bound(amount, room),
      });
    return capped;
  }

  /** A sum across units or tiers. */
  sum(label: Text, amounts: readonly Num[]): Amount {
    let total = this.of(0);
    for (const a of amounts) total = this.add(total, a);
    if (this.steps) this.steps.push({ kind: "sum", label, amount: this.value(total) });
    return total;
  }

  /** Subtracts an amount already paid or deducted, floored at 0. */
  deduct(label: Text, amount: Num, deduction: Num): Amount {
    const left = this.floorAtZero(this.sub(amount, deduction));
    if (this.steps) this.steps.push({ kind: "deduct", label, ...this.shown(left, deduction) });
    return left;
  }

  /** A fixed award (or 0 when a categorical condition is not met). */
  fixed(label: Text, amount: Num): Amount {
    const a = this.of(amount);
    if (this.steps) this.steps.push({ kind: "fixed", label, amount: this.value(a) });
    return a;
  }

  /** Records a stage the engine itself adds (floor, rounding, result), or a total a shape summed itself. */
  note<T extends Num>(
    kind: "floor" | "round" | "result" | "tier" | "sum",
    label: Text,
    amount: T
  ): T {
    if (this.steps) this.steps.push({ kind, label, amount: this.value(amount) });
    return amount;
  }

  private shown(amount: Num, limit: Num): { amount: number; limit: number } {
    return { amount: this.value(amount), limit: this.value(limit) };
  }

  /** Whether a cap cut the amount: for display only, so decided on the doubles. */
  private bound(amount: Num, limit: Num): boolean {
    return this.value(amount) > this.value(limit);
  }
}

/**
 * The twin contract (docs/native-formulas.md): a formula shape's Excel twin, `<shape>.excel.ts` beside the
 * shape, takes the very arguments the shape factory took (the record's options, kept in `shape.spec`) and
 * returns an `ExcelShape`: given the call's arguments as Excel expressions and the record's constants, the
 * Excel expression of what the shape computes — before the engine's floor at 0 and rounding, which
 * src/native adds once. A twin mirrors its shape stage by stage with the Calc stages below (cap = MIN,
 * room = MIN under MAX(0, cap − received), threshold = the text's comparison), so reading one beside the
 * other is reading the same formula twice.
 */
import type { TwinArgs } from "./args";
import { type Expr, add, compare, floorAtZero, iff, min, mul, num, sub } from "./expr";

export type { TwinArgs } from "./args";

/** Each twin states its own constants type. */
export type ExcelShape<C = any> = (x: TwinArgs, c: C) => Expr;

/** A number or an expression, as the Calc stages take a constant or a computed value. */
export type ExprOrNum = Expr | number;
const e = (v: ExprOrNum): Expr => (typeof v === "number" ? num(v) : v);

/** What kind of Calc stage an expression came from (the native audit's step labels, src/native/steps.ts). */
export type StageKind = "rate" | "cap" | "room" | "deduct" | "add" | "meets" | "when";

/** One Calc stage a twin took: its kind, its inputs, and the expression it built from them. */
export interface Stage {
  kind: StageKind;
  expr: Expr;
  inputs: readonly Expr[];
  /** A cap or room: the amount it caps and its limit (a room: MAX(0, cap − received)). */
  amount?: Expr;
  limit?: Expr;
  /** A room: the cap before what was received; a threshold: its comparison. */
  cap?: Expr;
  op?: ">=" | ">";
}

/** Sees every stage while a twin is built, and returns what the twin goes on with (by default the stage itself). */
let observer: ((s: Stage) => Expr) | undefined;

/**
 * Builds with every stage handed to `observe` first (the native audit turns each into a cell and hands back
 * its reference): the same twin code, so the steps cannot drift from the formula.
 */
export function observingStages<T>(observe: (s: Stage) => Expr, build: () => T): T {
  const outer = observer;
  observer = observe;
  try {
    return build();
  } finally {
    observer = outer;
  }
}

const stage = (s: Stage): Expr => (observer ? observer(s) : s.expr);

/** The Calc stages as Excel (the labels are the shape's; a twin keeps none). */
export const X = {
  /** base × rate. */
  rate: (base: ExprOrNum, rate: ExprOrNum): Expr => {
    const inputs = [e(base), e(rate)];
    return stage({ kind: "rate", expr: mul(inputs[0], inputs[1]), inputs });
  },
  /** min(amount, cap). */
  cap: (amount: ExprOrNum, cap: ExprOrNum): Expr => {
    const [a, limit] = [e(amount), e(cap)];
    return stage({ kind: "cap", expr: min(a, limit), inputs: [a, limit], amount: a, limit });
  },
  /** min(amount, max(0, cap − received)). */
  room: (amount: ExprOrNum, cap: ExprOrNum, received: ExprOrNum): Expr => {
    const [a, c, r] = [e(amount), e(cap), e(received)];
    const limit = floorAtZero(sub(c, r));
    return stage({
      kind: "room",
      expr: min(a, limit),
      inputs: [a, c, r],
      amount: a,
      limit,
      cap: c,
    });
  },
  /** max(0, amount − deduction). */
  deduct: (amount: ExprOrNum, deduction: ExprOrNum): Expr => {
    const inputs = [e(amount), e(deduction)];
    return stage({ kind: "deduct", expr: floorAtZero(sub(inputs[0], inputs[1])), inputs });
  },
  add: (a: ExprOrNum, b: ExprOrNum): Expr => {
    const inputs = [e(a), e(b)];
    return stage({ kind: "add", expr: add(inputs[0], inputs[1]), inputs });
  },
  /** The threshold test the text prescribes: 以上/达 → ">=", 超过 → ">". */
  meets: (value: ExprOrNum, limit: ExprOrNum, op: ">=" | ">"): Expr => {
    const inputs = [e(value), e(limit)];
    return stage({ kind: "meets", expr: compare(inputs[0], op, inputs[1]), inputs, op });
  },
  /** `then` when the condition holds, else 0 (a threshold not met, a category not covered). */
  when: (cond: Expr, then: ExprOrNum, otherwise: ExprOrNum = 0): Expr => {
    const inputs = [cond, e(then), e(otherwise)];
    return stage({ kind: "when", expr: iff(cond, inputs[1], inputs[2]), inputs });
  },
};

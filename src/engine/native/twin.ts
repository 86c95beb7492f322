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

/** The Calc stages as Excel (the labels are the shape's; a twin keeps none). */
export const X = {
  /** base × rate. */
  rate: (base: ExprOrNum, rate: ExprOrNum): Expr => mul(e(base), e(rate)),
  /** min(amount, cap). */
  cap: (amount: ExprOrNum, cap: ExprOrNum): Expr => min(e(amount), e(cap)),
  /** min(amount, max(0, cap − received)). */
  room: (amount: ExprOrNum, cap: ExprOrNum, received: ExprOrNum): Expr =>
    min(e(amount), floorAtZero(sub(e(cap), e(received)))),
  /** max(0, amount − deduction). */
  deduct: (amount: ExprOrNum, deduction: ExprOrNum): Expr =>
    floorAtZero(sub(e(amount), e(deduction))),
  add: (a: ExprOrNum, b: ExprOrNum): Expr => add(e(a), e(b)),
  /** The threshold test the text prescribes: 以上/达 → ">=", 超过 → ">". */
  meets: (value: ExprOrNum, limit: ExprOrNum, op: ">=" | ">"): Expr =>
    compare(e(value), op, e(limit)),
  /** `then` when the condition holds, else 0 (a threshold not met, a category not covered). */
  when: (cond: Expr, then: ExprOrNum, otherwise: ExprOrNum = 0): Expr =>
    iff(cond, e(then), e(otherwise)),
};

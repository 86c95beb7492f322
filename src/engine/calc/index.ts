/**
 * Formula primitives (spec §2.3). Each primitive computes one named stage of an award — the base,
 * a threshold, a rate, a cap, the room under an annual or cumulative cap — and, when the caller asked
 * for an explanation, records it as a step. The Excel path runs with recording off, so the same code
 * serves the fast path and the calculator / EXPLAIN without two implementations.
 *
 * Every piece of arithmetic on money goes through a Calc (spec Revision 2, "Numbers"): the clause code
 * handles opaque `Amount`s, and two Calcs give them meaning. `FastCalc` computes in doubles and carries,
 * per value, a forward bound on its distance from the exact decimal result; `ExactCalc` computes that
 * exact result in BigInt rationals (../exact.ts). evaluate.ts runs the fast one and replays the same clause
 * code on the exact one only when the bound leaves the answer open (a threshold compared within the bound,
 * a result within the bound of a half fen or of a fractional-fen cap). See docs/architecture.md, "Money".
 *
 * Each Amount also carries its ceiling: the least cap or room it passed through, so that the rounded award
 * never exceeds a cap: award = min(round_half_away(exact), floor_to_fen(ceiling)).
 */
export { Calc } from "./calc";
export { ExactCalc } from "./exact-calc";
export { FastCalc } from "./fast-calc";
export {
  type Amount,
  awardTooLarge,
  NEEDS_EXACT,
  type Num,
  type Step,
  type StepKind,
} from "./types";

/**
 * Every clause function against an independent decimal evaluation (spec Revision 2, "Numbers"), on inputs
 * clustered where binary arithmetic goes wrong: half-fen ties after deductions (amounts a few fen apart),
 * long products (rates with nine decimals), fractional-fen caps and rooms (amounts with a third decimal).
 *
 * The oracle is `DecimalCalc` (test/support/decimal-oracle.ts): a third implementation of the Calc operations on decimal.js, run on the
 * clause's own formula code (its record's shape and compute), with the arguments read at 15 significant
 * digits, the ceiling rule min(round_half_away(x), floor_to_fen(cap)) and the 10-trillion limit written
 * again from the spec. It shares the formula's structure with the engine, not its arithmetic: neither the
 * double fast path with its error bound nor the BigInt replay (exact.ts) takes part. The formulas themselves
 * are checked against hand-worked values in test/catalog/examples.test.ts and test/engine/exact-numbers.
 */
import fc from "fast-check";
import type { ClauseFunction } from "../../src/catalog/types";
import { SubsidyError } from "../../src/engine/errors";
import { clauses } from "../../src/policies";
import { calculate } from "../../src/sheet-functions";
import { clusteredArgs, oracle } from "../support/decimal-oracle";

function engine(fn: ClauseFunction, raw: unknown[]): number | string {
  try {
    return calculate(fn.name, raw) as number;
  } catch (e) {
    if (e instanceof SubsidyError) return e.code;
    throw e;
  }
}

const fns = clauses.filter((c) => c.fn).map((c) => c.fn!);

describe("every clause function equals an independent decimal evaluation, to the fen", () => {
  it.each(fns.map((fn) => ({ name: fn.name, fn })))("$name", ({ fn }) => {
    fc.assert(
      fc.property(clusteredArgs(fn), (args) => {
        expect(engine(fn, args)).toEqual(oracle(fn, args));
      }),
      { numRuns: 1_500, endOnFailure: true }
    );
  });
});

/**
 * The engine benchmark's second yardstick (bench/engine.ts, engine_checked_ratio): the four clauses by hand with
 * every argument checked first. It must compute what the plain yardstick computes on valid input, and refuse what
 * the add-in refuses, or the ratio would compare the engine against a check that does nothing.
 */
import { YARDSTICKS } from "../../bench/engine";
import { FUNCTION_OF, KINDS, type Kind, inputsFor, rng } from "../../bench/sheets";
import { SubsidyError } from "../../src/engine/errors";
import { sheetFunctionByName } from "../../src/sheet-functions";

const argsOf = (kind: Kind, x: number[]): unknown[] =>
  kind === "FIRST_SET" ? [[[x[0], x[1], x[2]]], x[3]] : x;

describe("the checked yardstick", () => {
  it.each(KINDS)(
    "%s: the same award as the plain yardstick on the benchmark's valid inputs",
    (kind) => {
      const rand = rng(5);
      for (let i = 0; i < 500; i++) {
        const args = argsOf(kind, inputsFor(kind, rand));
        expect(YARDSTICKS.checked[kind](args)).toBe(YARDSTICKS.plain[kind](args));
      }
    }
  );

  // Each bad argument is one the add-in answers with an error naming it (spec §2.4).
  const refused: [Kind, unknown[]][] = [
    ["HZ", ["abc"]],
    ["HZ", [-1]],
    ["HZ", [1e14]], // above the 10 trillion yuan the engine computes
    ["HZ", []],
    ["HZ", [1_000_000, 2]], // one argument too many
    ["RD", [1_000_000, 1_000_000, 1.5, 0.1]], // a ratio above 100%
    ["RD", [1_000_000, "x", 0.02, 0.1]],
    ["RD", [1_000_000, 1_000_000, 0.02]], // base_increment_ratio missing
    ["RD", [1_000_000, 1_000_000, 0.02, 0.1, 0, "HALF"]], // not a stock_basis
    ["RD", [1_000_000, 1_000_000, 0.02, 0.1, -5]],
    ["MILESTONE", [20_000_000, 0, "MAX"]], // not a mode
    ["MILESTONE", [true]],
    ["FIRST_SET", [[["abc", 600_000]]]],
    ["FIRST_SET", [[[600_000]], -5]],
  ];
  it.each(refused)("%s %j: refused by the yardstick and by the add-in", (kind, args) => {
    expect(() => YARDSTICKS.checked[kind](args)).toThrow();
    expect(() => sheetFunctionByName.get(FUNCTION_OF[kind])!.invoke(args)).toThrow(SubsidyError);
  });
});

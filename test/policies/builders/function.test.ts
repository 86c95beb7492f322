/**
 * clauseFunction binds a record's shape once, at load, to the indexes of the parameters it reads (the shape
 * contract, docs/architecture.md): the call reads positional arguments, and a name the record lacks fails
 * when the record loads, naming the function and the parameter, never as a silent undefined per call.
 */
import type { Shape } from "../../../src/catalog/types";
import { computeAward } from "../../../src/engine/evaluate";
import { rateCapped } from "../../../src/engine/shapes";
import { clauseFunction } from "../../../src/policies/builders/function";
import { amount, rate } from "../../../src/policies/builders/params";

const t = { en: "", zh: "" };

describe("clauseFunction", () => {
  it("binds each name the shape reads to its position: investment is argument 2, the rate argument 1", () => {
    const seen: Record<string, number> = {};
    const spy: Shape<{ rate: number; cap: number }, "investment" | "grant_rate"> = (at) => {
      seen.investment = at("investment");
      seen.grant_rate = at("grant_rate");
      return rateCapped({ param: "investment", label: t }, "grant_rate")(at);
    };
    const fn = clauseFunction({
      name: "TEST_BIND",
      params: [rate("grant_rate", t, { default: 0.3, max: 0.3 }), amount("investment", t)],
      constants: { rate: 0.3, cap: 1_000 },
      shape: spy,
    });
    expect(seen).toEqual({ grant_rate: 0, investment: 1 });
    // 2,000 × 0.2 = 400 (under the cap of 1,000); omitted rate → 2,000 × 0.3 = 600.
    expect(computeAward(fn, [0.2, 2_000])).toBe(400);
    expect(computeAward(fn, [undefined, 2_000])).toBe(600);
    // 5,000 × 0.3 = 1,500 → the cap, 1,000.
    expect(computeAward(fn, [undefined, 5_000])).toBe(1_000);
  });

  it("a name built at run time that the record lacks fails at load, naming function and name", () => {
    const misspelt = "investmnt" as "investment";
    expect(() =>
      clauseFunction({
        name: "TEST_TYPO",
        params: [amount("investment", t)],
        constants: { rate: 0.3, cap: 1_000 },
        shape: rateCapped({ param: misspelt, label: t }),
      })
    ).toThrow('TEST_TYPO: its shape reads "investmnt", which is not one of its parameters');
  });

  it("validates arguments positionally, naming the parameter: 'abc' for investment → #VALUE!", () => {
    const fn = clauseFunction({
      name: "TEST_VALIDATE",
      params: [amount("investment", t)],
      constants: { rate: 0.3, cap: 1_000 },
      shape: rateCapped({ param: "investment", label: t }),
    });
    expect(() => fn.validate(["abc"])).toThrow(/investment/);
    expect(fn.validate([12.5])).toEqual([12.5]);
  });
});

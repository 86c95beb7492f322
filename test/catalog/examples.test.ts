/**
 * Every worked example of spec §5 that a clause record carries runs as a test vector, compared to the fen
 * exactly (spec Revision 2: a ±0.01 tolerance would hide every half-fen tie).
 * The expected values and their arithmetic come from the spec, worked out from the policy text.
 */
import { calculate, clauses } from "../../src";

const vectors = clauses.flatMap((c) =>
  (c.fn?.examples ?? []).map((ex, i) => ({
    name: `${c.fn!.name} #${i + 1}${ex.note ? ` (${ex.note})` : ""}: ${ex.arithmetic}`,
    fn: c.fn!.name,
    ex,
  }))
);

describe("spec §5 worked examples", () => {
  it("every clause function carries at least three worked examples", () => {
    for (const c of clauses.filter((c) => c.fn))
      expect([c.fn!.name, c.fn!.examples.length >= 3]).toEqual([c.fn!.name, true]);
  });

  it.each(vectors)("$name", ({ fn, ex }) => {
    if (typeof ex.expect === "number") {
      expect(calculate(fn, ex.args)).toBe(ex.expect);
    } else {
      expect(() => calculate(fn, ex.args)).toThrow(expect.objectContaining({ code: ex.expect }));
    }
  });
});

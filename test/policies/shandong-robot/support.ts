/**
 * What the SD-ROBOT clause tests share: the award of a call, and the table of the 「最高X」 awards without a
 * base (SD-ROBOT-08, 12b, 12c: the request, omitted = X, cut to X), which differ only in X and its quote.
 */
import { calculate } from "../../../src";
import { itRejects } from "../../support/expect-error";

export const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;

/**
 * `cap` is X as the caller reads it from `quote` (万元 × 10,000, the arithmetic beside the call);
 * `below` / `above` are requests just under and over it.
 */
export function describeUpToCap(
  F: string,
  quote: string,
  cap: number,
  edges: { below: number; above: number }
): void {
  describe(`${F}: 「${quote}」`, () => {
    it("an omitted or blank request is the maximum, the cap", () => {
      expect(award(F)).toBeCloseTo(cap, 2); // default = cap
      expect(award(F, "")).toBeCloseTo(cap, 2); // blank = omitted
    });
    it("below, at and above the cap", () => {
      expect(award(F, edges.below)).toBeCloseTo(edges.below, 2); // below cap: as requested
      expect(award(F, cap)).toBeCloseTo(cap, 2); // = cap
      expect(award(F, edges.above)).toBeCloseTo(cap, 2); // → cap
    });
    it("a zero request is 0", () => {
      expect(award(F, 0)).toBeCloseTo(0, 2); // min(0, cap)
    });

    itRejects(F, [
      [["abc"], "#VALUE!", "requested must be a number"],
      [[-1], "#VALUE!", "requested must not be negative"],
    ]);
  });
}

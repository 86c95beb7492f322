/**
 * The fused fast paths on plain doubles (src/engine/plain, a shape's `fast`) against the full path — validation,
 * the shape on FastCalc, the exact replay on ExactCalc — for every clause function whose shape has one:
 * whenever the fast path answers, the full path gives that very award; whenever the full path throws (an
 * invalid argument, an award above 10 trillion), the fast path declines, so the error stays validation's.
 *
 * Inputs: random valid arguments (arbitraries.ts), and adversarial ones — every constant and the doubles one
 * unit in the last place either side of it (thresholds, caps, tiers), amounts whose product with a rate is a
 * half fen, amounts with four decimals (rooms ending in a fraction of a fen), caps hit exactly (cap ÷ rate),
 * ranges of many items in every layout Excel passes, and arguments validation rejects or changes.
 */
import fc from "fast-check";
import type { ClauseFunction, ParamSpec } from "../../src/catalog/types";
import { clauses } from "../../src";
import { computeAwardInFull } from "../../src/engine/evaluate";
import { argsArb, constantNumbers, paramArb } from "./arbitraries";

const withFast: ClauseFunction[] = clauses.filter((c) => c.fn?.fast).map((c) => c.fn!);

type Outcome = { award: number } | { error: unknown };
function outcome(f: () => number): Outcome {
  try {
    return { award: f() };
  } catch (error) {
    return { error };
  }
}

const bits = new Float64Array(1);
const ints = new BigInt64Array(bits.buffer);
/** The next double above (ulps > 0) or below a positive x. */
function ulpStep(x: number, ulps: number): number {
  bits[0] = x;
  ints[0] += BigInt(ulps);
  return bits[0];
}

/** Numbers around every constant of the record and every cap ÷ rate (a cap hit exactly), ± 1 ulp. */
function landmarks(fn: ClauseFunction): number[] {
  const nums = constantNumbers(fn.constants).filter((n) => n > 0);
  const rates = nums.filter((n) => n < 1 || n === 1.5);
  const out = new Set<number>();
  for (const c of nums) {
    for (const v of [c, ...rates.map((r) => c / r)]) {
      for (const u of [-1, 0, 1]) out.add(ulpStep(v, u));
      out.add(Math.round(v * 100) / 100);
    }
  }
  return [...out];
}

/** An amount chosen to sit on an edge of the fast path's bounds. */
function adversarialAmount(fn: ClauseFunction): fc.Arbitrary<number> {
  const nums = constantNumbers(fn.constants).filter((n) => n > 0 && n <= 2);
  const multipliers = [...new Set([...nums, 0.5, 0.03, 0.15])];
  return fc.oneof(
    fc.constantFrom(...landmarks(fn)),
    // x × r = (m + ½) fen: a half-fen tie in decimal when the quotient is short (r = 0.5: x = (2m + 1) fen).
    fc
      .tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(...multipliers))
      .map(([m, r]) => (m + 0.5) / 100 / r),
    fc
      .tuple(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom(...multipliers))
      .map(([m, r]) => Math.round(((m + 0.5) / 100 / r) * 100) / 100),
    // Four decimals: a room cap − received ending in a fraction of a fen.
    fc.integer({ min: 0, max: 200_000_000_000 }).map((k) => k / 10_000),
    // The benchmark's scaled inputs: whole yuan × (1 ± k / 10,000).
    fc
      .tuple(fc.integer({ min: 0, max: 60_000_000 }), fc.integer({ min: -7, max: 7 }))
      .map(([x, k]) => x * (1 + k / 10_000))
  );
}

/** A range of many items, in each layout Excel passes: a row, a column, a block; blank cells among them. */
function rangeArb(fn: ClauseFunction): fc.Arbitrary<unknown> {
  const cell = fc.oneof(
    { weight: 8, arbitrary: fc.oneof(adversarialAmount(fn), paramArb(fn, amountSpec)) },
    { weight: 1, arbitrary: fc.constantFrom(null, "", undefined) }
  );
  return fc.oneof(
    fc.array(cell, { maxLength: 40 }).map((cells) => [cells]),
    fc.array(cell, { maxLength: 40 }).map((cells) => cells.map((c) => [c])),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }),
    fc.array(cell, { maxLength: 8 })
  );
}
const amountSpec: ParamSpec = {
  name: "x",
  label: { en: "x", zh: "x" },
  kind: "amount",
  unit: "yuan",
  required: true,
};

function adversarialParam(fn: ClauseFunction, p: ParamSpec): fc.Arbitrary<unknown> {
  switch (p.kind) {
    case "amount":
    case "quantity":
      return fc.oneof(adversarialAmount(fn), paramArb(fn, p));
    case "rate": {
      const max = p.max ?? 1;
      return fc.oneof(
        paramArb(fn, p),
        fc.constantFrom(0.005, 0.015, 0.025, 0.035, 0.125, max, ulpStep(max, -1)),
        fc.integer({ min: 0, max: Math.floor(max * 10_000) }).map((k) => k / 10_000)
      );
    }
    case "amounts":
      return rangeArb(fn);
    default:
      return paramArb(fn, p);
  }
}

/** Values validation rejects or changes (each must leave the fast path declining or agreeing). */
const junk = fc.constantFrom<unknown>(
  "12",
  "TOTAL",
  "total",
  " SUM ",
  "",
  null,
  undefined,
  Number.NaN,
  Infinity,
  -1,
  -0,
  1e14,
  1.0000000001,
  true,
  0,
  1,
  [[5]],
  [[1, 2]],
  [[500_000, "x"]],
  [[600_000, { code: "#N/A" }]],
  { code: "#DIV/0!" },
  { type: "Error", errorType: "Value" }
);

function adversarialArgs(fn: ClauseFunction): fc.Arbitrary<unknown[]> {
  return fc.tuple(
    ...fn.params.map((p) =>
      fc.oneof(
        { weight: 6, arbitrary: adversarialParam(fn, p) },
        { weight: 1, arbitrary: fc.constant(undefined) }
      )
    )
  );
}

function invalidArgs(fn: ClauseFunction): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    fc.tuple(
      ...fn.params.map((p) =>
        fc.oneof({ weight: 3, arbitrary: adversarialParam(fn, p) }, { weight: 1, arbitrary: junk })
      )
    ),
    // One argument too many.
    argsArb(fn).map((args) => [...args, ...Array(fn.params.length - args.length).fill(0), 1])
  );
}

/** The fast path's answer, when it gives one, is the full path's; it declines wherever the full path throws. */
function agrees(fn: ClauseFunction, raw: unknown[]): boolean {
  const fast = fn.fast!(raw);
  if (fast === undefined) return true;
  expect(outcome(() => computeAwardInFull(fn, raw))).toEqual({ award: fast });
  return true;
}

describe.each(withFast.map((fn) => [fn.name, fn] as const))(
  "%s: fast path = full path",
  (_, fn) => {
    it("on random valid arguments, answering most of them itself", () => {
      let answered = 0;
      let runs = 0;
      fc.assert(
        fc.property(argsArb(fn), (raw) => {
          runs++;
          if (fn.fast!(raw) !== undefined) answered++;
          return agrees(fn, raw);
        }),
        { numRuns: 3_000 }
      );
      // The generator spells codes in lower case and with spaces, and blanks optional arguments, which
      // validation normalises (the full path's work): the fast path still takes a good share of them.
      expect(answered / runs).toBeGreaterThan(0.2);
    });

    it("on thresholds and caps ± 1 ulp, half-fen ties, fractional rooms and long ranges", () => {
      fc.assert(
        fc.property(adversarialArgs(fn), (raw) => agrees(fn, raw)),
        { numRuns: 6_000 }
      );
    });

    it("on arguments validation rejects or changes: declines wherever the full path throws", () => {
      fc.assert(
        fc.property(invalidArgs(fn), (raw) => agrees(fn, raw)),
        { numRuns: 3_000 }
      );
    });
  }
);

it("every shape with a fast path is exercised here", () => {
  // The four benchmarked shapes (bench/engine.ts), each through at least one record.
  for (const name of [
    "HZ_SCENARIO_AWARD",
    "HLJ_RD_SUBSIDY",
    "HLJ_REVENUE_MILESTONE_AWARD",
    "HLJ_FIRST_SET_AWARD",
  ])
    expect(withFast.map((fn) => fn.name)).toContain(name);
});

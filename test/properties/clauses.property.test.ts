/**
 * Property tests over every clause function of the catalog (fast-check), at least 10,000 generated cases
 * per function across these properties:
 *
 *  1. 0 ≤ award ≤ its ceiling (the cap, or the room left under an annual / cumulative cap), read from the
 *     clause's constants (bounds.ts); the award is rounded to the fen; an error on well-typed arguments is
 *     a SubsidyError (#VALUE!/#NUM!) naming one of the function's parameters — never a thrown defect —
 *     or the #NUM! of an award above 10,000,000,000,000 (spec Revision 2) where the ceiling allows one.
 *  2. calculate(...) equals SUBSIDY.EXPLAIN's last row (the same evaluation with its steps), error or not.
 *  3. monotone non-decreasing in the base amount, the parameter each record declares (role base/request);
 *  4. monotone non-increasing in received_to_date, wherever the parameter exists;
 *  5. below a numeric threshold the award is 0 (THRESHOLDS; each limit read from constants).
 *
 * The arguments are generated from each function's ParamSpec (arbitraries.ts), so a clause added to the
 * catalog is covered without a line here — except that a new function whose ceiling the generic rules
 * cannot derive fails the "has a ceiling" test until it is listed in bounds.ts BY_HAND.
 */
import fc from "fast-check";
import type { Args } from "../../src/catalog/types";
import { type ClauseFunction, clauses } from "../../src";
import { isSubsidyError } from "../../src/engine/errors";
import { calculate } from "../../src/sheet-functions";
import { explain } from "../../src/sheet-functions/explain";
import { amountArb, argsArb } from "./arbitraries";
import { upperBound } from "./bounds";

const fns: ClauseFunction[] = clauses.filter((c) => c.fn).map((c) => c.fn!);
const TOTAL_PER_FUNCTION = 10_000;
const RUNS = { explain: 1_000, monotone: 1_500, received: 500, threshold: 500 };

/**
 * Monotone non-decreasing in the base amount (the other arguments fixed): the parameter whose role is
 * "base" (or, for an "up to" award, its "request"), read from the clause record. Clauses without one (fixed
 * grants by category: HLJ_KEYLAB_GRANT, HLJ_NATIONAL_CENTER_GRANT, SD_PLATFORM_GRANT) have no base to grow.
 * Range parameters grow their first item.
 */
export function monotoneParam(fn: ClauseFunction): string | undefined {
  const withRole = (kind: string) => fn.params.find((p) => p.role?.kind === kind)?.name;
  return withRole("base") ?? withRole("request");
}

/**
 * Below a numeric threshold → 0: function → the parameter tested, the limit (from constants) and whether
 * reaching it exactly already qualifies (「以上/达」 ≥) or not (「超过」 >). For a range parameter every item
 * is below the limit.
 */
export const THRESHOLDS: Record<
  string,
  { param: string; limit: (c: Record<string, unknown>) => number; inclusive: boolean }
> = {
  HLJ_RD_SUBSIDY: { param: "rd_last_year", limit: (c) => c.threshold as number, inclusive: true },
  HLJAI_RD_SUBSIDY: { param: "rd_last_year", limit: (c) => c.threshold as number, inclusive: true },
  HLJ_FIRST_SET_AWARD: {
    param: "unit_prices",
    limit: (c) => c.threshold as number,
    inclusive: c_inclusive("HLJ_FIRST_SET_AWARD"),
  },
  HLJ_REVENUE_MILESTONE_AWARD: {
    param: "annual_revenue",
    limit: (c) => (c.tiers as { threshold: number }[])[0].threshold,
    inclusive: c_inclusive("HLJ_REVENUE_MILESTONE_AWARD", "op"),
  },
  HZ_COMPONENT_PURCHASE_AWARD: {
    param: "annual_purchase",
    limit: (c) => c.threshold as number,
    inclusive: c_inclusive("HZ_COMPONENT_PURCHASE_AWARD"),
  },
  HLJAI_COMPUTE_AWARD: {
    param: "annual_compute_spend",
    limit: (c) => c.threshold as number,
    inclusive: c_inclusive("HLJAI_COMPUTE_AWARD"),
  },
  HLJAI_TERMINAL_PROJECT_SUBSIDY: {
    param: "total_investment",
    limit: (c) => c.threshold as number,
    inclusive: c_inclusive("HLJAI_TERMINAL_PROJECT_SUBSIDY"),
  },
  HZ_LOAN_INTEREST_SUBSIDY: {
    param: "eligible_investment",
    limit: (c) => c.investmentThreshold as number,
    inclusive: true,
  },
  HZ_CHAIN_ENTRY_AWARD: {
    param: "sales_year1",
    limit: (c) => c.salesThreshold as number,
    inclusive: false,
  },
};

/** Whether a clause's threshold operator (constants.thresholdOp / op) is the inclusive ">=". */
function c_inclusive(name: string, key = "thresholdOp"): boolean {
  const fn = clauses.find((c) => c.fn?.name === name)?.fn;
  return ((fn?.constants as Record<string, unknown> | undefined)?.[key] ?? ">=") === ">=";
}

type Outcome =
  { ok: true; award: number } | { ok: false; code: string; message: string; param?: string };

function run(fn: ClauseFunction, args: unknown[]): Outcome {
  try {
    return { ok: true, award: calculate(fn.name, args) as number };
  } catch (e) {
    if (!isSubsidyError(e)) throw e; // a defect, not an input error: fail the property
    return { ok: false, code: e.code, message: e.message, param: e.param };
  }
}

/** A failed property (plain checks: Jest's expect costs more than the function under test). */
function check(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(what());
}

const isFen = (x: number) =>
  Math.abs(x * 100 - Math.round(x * 100)) < 1e-6 * Math.max(1, Math.abs(x));
const indexOf = (fn: ClauseFunction, name: string) => fn.params.findIndex((p) => p.name === name);

/**
 * The arguments with the base grown by `delta` (a range grows its first item, or gains one); null when the
 * base was omitted and defaults to something other than 0 (an "up to" request defaults to the cap).
 */
function grow(fn: ClauseFunction, args: unknown[], param: string, delta: number): unknown[] | null {
  const i = indexOf(fn, param);
  const out = args.slice();
  while (out.length <= i) out.push(undefined);
  const v = out[i];
  if (
    v === undefined &&
    fn.params[i].kind !== "amounts" &&
    !fn.params[i].required &&
    fn.params[i].default !== 0
  )
    return null;
  if (fn.params[i].kind === "amounts") {
    const cells = Array.isArray(v) ? (v as unknown[][]).map((r) => r.slice()) : [];
    if (cells.length > 0 && typeof cells[0][0] === "number")
      cells[0][0] = (cells[0][0] as number) + delta;
    else cells.unshift([delta]);
    out[i] = cells;
  } else out[i] = (typeof v === "number" ? v : 0) + delta;
  return out;
}

const runsFor = (fn: ClauseFunction) => {
  const monotone = monotoneParam(fn) ? RUNS.monotone : 0;
  const received = indexOf(fn, "received_to_date") >= 0 ? RUNS.received : 0;
  const threshold = THRESHOLDS[fn.name] ? RUNS.threshold : 0;
  return {
    monotone,
    received,
    threshold,
    bound: TOTAL_PER_FUNCTION - RUNS.explain - monotone - received - threshold,
  };
};

describe("catalog coverage of the property tables", () => {
  it("every THRESHOLDS entry names an existing function and parameter", () => {
    for (const [name, param] of Object.entries(THRESHOLDS).map(([n, t]) => [n, t.param] as const)) {
      const fn = fns.find((f) => f.name === name);
      expect([name, fn && indexOf(fn, param) >= 0]).toEqual([name, true]);
    }
  });
  it("every function with an amount parameter declares which one is its base (role base or request)", () => {
    const undeclared = fns.filter(
      (f) => !monotoneParam(f) && f.params.some((p) => p.kind === "amount" || p.kind === "amounts")
    );
    expect(undeclared.map((f) => f.name)).toEqual([]);
  });
  it("at most one parameter is the base", () => {
    for (const f of fns)
      expect([f.name, f.params.filter((p) => p.role?.kind === "base").length <= 1]).toEqual([
        f.name,
        true,
      ]);
  });
  it(`runs at least ${TOTAL_PER_FUNCTION.toLocaleString("en")} cases per clause function`, () => {
    for (const fn of fns) {
      const r = runsFor(fn);
      expect(r.bound + RUNS.explain + r.monotone + r.received + r.threshold).toBeGreaterThanOrEqual(
        TOTAL_PER_FUNCTION
      );
    }
  });
});

describe.each(fns.map((f) => [f.name, f] as const))("%s", (_name, fn) => {
  const runs = runsFor(fn);
  const params = new Set(fn.params.map((p) => p.name));

  it("has a ceiling derived from its constants", () => {
    const example = fn.examples.find((e) => typeof e.expect === "number") ?? fn.examples[0];
    expect(upperBound(fn, fn.validate(example.args))).toEqual(expect.any(Number));
  });

  it(`0 ≤ award ≤ ceiling, rounded to the fen; errors name a parameter (${runs.bound} cases)`, () => {
    fc.assert(
      fc.property(argsArb(fn), (args) => {
        const r = run(fn, args);
        if (!r.ok) {
          check(
            r.code === "#VALUE!" || r.code === "#NUM!",
            () => `unexpected error code ${r.code}: ${r.message}`
          );
          // Spec Revision 2: an award above 10^13 is #NUM! naming no parameter; its ceiling must be that high.
          if (r.message === "the award is too large (at most 10,000,000,000,000)") {
            const ceiling = upperBound(fn, fn.validate(args)) as number;
            check(ceiling > 1e13, () => `${fn.name}: too large below its ceiling ${ceiling}`);
            return;
          }
          check(
            params.has(r.param ?? ""),
            () => `error names no parameter of ${fn.name}: ${r.message}`
          );
          return;
        }
        const bound = upperBound(fn, fn.validate(args)) as number;
        check(r.award >= 0, () => `negative award ${r.award}`);
        // The award is rounded once at the end, so it may exceed an unrounded ceiling by at most half a fen.
        check(
          r.award <= bound + 0.005 + 1e-9 * Math.abs(bound),
          () => `award ${r.award} above its ceiling ${bound}`
        );
        check(isFen(r.award), () => `award ${r.award} is not rounded to the fen`);
      }),
      { numRuns: runs.bound }
    );
  });

  it(`calculate equals EXPLAIN's last row (${RUNS.explain} cases)`, () => {
    fc.assert(
      fc.property(argsArb(fn), (args) => {
        const r = run(fn, args);
        const rows = explain(fn.name, args);
        if (r.ok)
          check(
            rows[rows.length - 1][1] === r.award,
            () =>
              `EXPLAIN ends with ${JSON.stringify(rows[rows.length - 1])}, calculate gives ${r.award}`
          );
        else
          check(
            rows.length === 2 && rows[0][1] === r.code && rows[1][1] === r.message,
            () => `EXPLAIN ${JSON.stringify(rows)} vs error ${r.code} ${r.message}`
          );
      }),
      { numRuns: RUNS.explain }
    );
  });

  const param = monotoneParam(fn);
  if (param) {
    it(`is monotone non-decreasing in ${param} (${runs.monotone} cases)`, () => {
      fc.assert(
        fc.property(argsArb(fn), amountArb(fn), (args, delta) => {
          const grown = grow(fn, args, param, delta);
          if (!grown) return; // an omitted "up to" request is already the maximum
          const a = run(fn, args);
          const b = run(fn, grown);
          if (a.ok && b.ok)
            check(b.award >= a.award, () => `${param} + ${delta}: ${a.award} → ${b.award}`);
        }),
        { numRuns: runs.monotone }
      );
    });
  }

  if (runs.received > 0) {
    it(`is monotone non-increasing in received_to_date (${runs.received} cases)`, () => {
      const i = indexOf(fn, "received_to_date");
      fc.assert(
        fc.property(argsArb(fn), amountArb(fn), (args, delta) => {
          const more = args.slice();
          while (more.length <= i) more.push(undefined);
          more[i] = (typeof more[i] === "number" ? (more[i] as number) : 0) + delta;
          const a = run(fn, args);
          const b = run(fn, more);
          if (a.ok && b.ok)
            check(b.award <= a.award, () => `received_to_date + ${delta}: ${a.award} → ${b.award}`);
        }),
        { numRuns: runs.received }
      );
    });
  }

  if (THRESHOLDS[fn.name]) {
    const t = THRESHOLDS[fn.name];
    const limit = t.limit(fn.constants as Record<string, unknown>);
    it(`is 0 below its threshold: ${t.param} ${t.inclusive ? "<" : "≤"} ${limit.toLocaleString("en")} (${runs.threshold} cases)`, () => {
      const i = indexOf(fn, t.param);
      // Values strictly below the limit (or up to it, when reaching it is not enough), in fen.
      const maxFen = Math.round(limit * 100) - (t.inclusive ? 1 : 0);
      const below = fc
        .oneof(fc.constant(maxFen), fc.integer({ min: 0, max: maxFen }))
        .map((f) => f / 100);
      const value =
        fn.params[i].kind === "amounts"
          ? fc.array(below, { maxLength: 5 }).map((xs) => xs.map((x) => [x]))
          : below;
      fc.assert(
        fc.property(argsArb(fn), value, (args, v) => {
          const a = args.slice();
          while (a.length <= i) a.push(undefined);
          a[i] = v;
          const r = run(fn, a);
          if (r.ok)
            check(r.award === 0, () => `${t.param} = ${JSON.stringify(v)} gives ${r.award}`);
        }),
        { numRuns: runs.threshold }
      );
    });
  }
});

/** Asserted above through Args, re-exported for the EACH property test. */
export type { Args };

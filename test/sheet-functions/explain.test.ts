/**
 * SUBSIDY.EXPLAIN — the calculation steps of evaluate() as (label, amount) rows; the last row is the award
 * and equals the function's result; errors come back as rows with their code and message.
 */
import { excelFunction } from "../../functions/register";
import { calculate, clauses } from "../../src";
import { explainRowBound } from "../../src/sheet-functions/explain";
import { sheetFunctionByName } from "../../src/sheet-functions";
import { error } from "../support/expect-error";

type Row = [string, number | string];
const explain = (name: string, ...args: unknown[]) =>
  calculate("EXPLAIN", [name, ...args]) as Row[];

describe("EXPLAIN rows", () => {
  it("HLJ_RD_SUBSIDY, cumulative cap binding (spec §5.1 ex. 2): threshold, parts, × 1.5, room left, award", () => {
    // 400,000,000 ≥ 500,000; stock 300,000,000 × 0.02 = 6,000,000; increment 100,000,000 × 0.10 = 10,000,000;
    // 16,000,000 × 1.5 = 24,000,000; room 15,000,000 − 13,000,000 = 2,000,000 → 2,000,000
    const rows = explain("HLJ_RD_SUBSIDY", 400_000_000, 300_000_000, 0.02, 0.1, 13_000_000);
    expect(rows[0]).toEqual(["R&D last year ≥ 500,000: met", 400_000_000]);
    expect(rows).toContainEqual([expect.stringMatching(/\(0\.02\)$/), 6_000_000]);
    expect(rows).toContainEqual([expect.stringMatching(/\(0\.1\)$/), 10_000_000]);
    expect(rows).toContainEqual([expect.stringContaining("(× 1.5)"), 24_000_000]);
    expect(rows).toContainEqual([
      "Cumulative cap (room left): 2,000,000 left [binding]",
      2_000_000,
    ]);
    expect(rows[rows.length - 1]).toEqual(["Award", 2_000_000]);
  });

  it("a cap that does not bind says so", () => {
    // 20,000,000 × 0.30 = 6,000,000 ≤ 10,000,000
    const rows = explain("HLJ_PILOT_PLATFORM_GRANT", 20_000_000);
    expect(rows).toContainEqual(["Rate applied (× 0.3)", 6_000_000]);
    expect(rows.some(([l]) => l.endsWith("10,000,000 [not bound]"))).toBe(true);
    expect(rows[rows.length - 1]).toEqual(["Award", 6_000_000]);
  });

  it("a strict threshold not met (「超过」 → >) ends at 0", () => {
    // 300,000 is not > 300,000 → 0
    const rows = explain("HLJAI_COMPUTE_AWARD", 300_000);
    expect(rows).toContainEqual([expect.stringMatching(/> 300,000: not met$/), 300_000]);
    expect(rows[rows.length - 1]).toEqual(["Award", 0]);
  });

  it("per-unit caps bound, then the annual cap is the binding one (HLJ_FIRST_SET_AWARD ex. 2)", () => {
    // 3,000,000 → 2,000,000 [bound]; 2,500,000 → 2,000,000 [bound]; 1,500,000 [not bound]; 5,500,000 → 5,000,000 [binding]
    const rows = explain("HLJ_FIRST_SET_AWARD", [[6_000_000], [5_000_000], [3_000_000]]);
    expect(rows.filter(([l]) => l.endsWith("[bound]")).map((r) => r[1])).toEqual([
      2_000_000, 2_000_000,
    ]);
    expect(rows.filter(([l]) => l.endsWith("[binding]"))).toEqual([
      ["Annual cap (room left this year): 5,000,000 left [binding]", 5_000_000],
    ]);
    expect(rows[rows.length - 1]).toEqual(["Award", 5_000_000]);
  });

  it("amounts are numbers; labels are English text", () => {
    for (const [label, amount] of explain(
      "HZ_LOAN_INTEREST_SUBSIDY",
      20_000_000,
      30_000_000,
      1,
      0.01,
      1_350_000
    )) {
      expect(typeof label).toBe("string");
      expect(typeof amount).toBe("number");
    }
  });

  it("a #NUM! comes back as rows with its message (Excel does not show #NUM! messages)", () => {
    // HLJ_KEYTECH_GRANT(3,000,000): 0 < 3,000,000 < 5,000,000 → outside the band (Revision 1)
    expect(explain("HLJ_KEYTECH_GRANT", 3_000_000)).toEqual([
      ["Error", "#NUM!"],
      ["Message", "requested_amount must be 0 or at least 5,000,000 (the 500万元-1000万元 band)"],
    ]);
  });

  it("a #VALUE! of the clause function comes back as rows too", () => {
    expect(explain("HZ_SCENARIO_AWARD", "abc")).toEqual([
      ["Error", "#VALUE!"],
      ["Message", "actual_investment must be a number"],
    ]);
    expect(explain("HZ_SCENARIO_AWARD")).toEqual([
      ["Error", "#VALUE!"],
      ["Message", "actual_investment is required"],
    ]);
  });

  it("an unknown function name is EXPLAIN's own #VALUE! naming function_name", () => {
    expect(error(() => explain("NOT_A_FUNCTION", 1))).toMatchObject({
      code: "#VALUE!",
      param: "function_name",
    });
    expect(error(() => explain("STACK", 1)).code).toBe("#VALUE!"); // a utility function has no steps
  });

  it("accepts the SUBSIDY. prefix and single cells passed as 1×1 ranges (matrix parameters)", () => {
    // 6,000,000 × 0.5 = 3,000,000 → cap 2,000,000
    const rows = explain("subsidy.hz_scenario_award", [[6_000_000]]);
    expect(rows[rows.length - 1]).toEqual(["Award", 2_000_000]);
  });

  it("through the Excel face: the repeating args parameter arrives as one array and is spread", () => {
    const f = excelFunction(sheetFunctionByName.get("EXPLAIN")!);
    // =SUBSIDY.EXPLAIN("HLJ_DATA_VOUCHER", A1, B1) with A1 = 6,000,000, B1 = 800,000: min(600,000, 200,000)
    const rows = f("HLJ_DATA_VOUCHER", [[[6_000_000]], [[800_000]]], {
      address: "Sheet1!C1",
    }) as Row[];
    expect(rows[rows.length - 1]).toEqual(["Award", 200_000]);
  });
});

describe("EXPLAIN on every worked example of spec §5", () => {
  const vectors = clauses.flatMap((c) =>
    (c.fn?.examples ?? []).map((ex, i) => ({
      name: `${c.fn!.name} #${i + 1}`,
      fn: c.fn!.name,
      ex,
      params: c.fn!.params,
    }))
  );
  it.each(vectors)(
    "$name: the last row is the award; rows fit the spill bound",
    ({ fn, ex, params }) => {
      const rows = explain(fn, ...ex.args);
      const rangeCells = ex.args.reduce<number>(
        (n, a, i) => n + (params[i]?.kind === "amounts" && Array.isArray(a) ? a.flat().length : 0),
        0
      );
      expect(rows.length).toBeLessThanOrEqual(explainRowBound(rangeCells));
      if (typeof ex.expect === "number") {
        expect(rows[rows.length - 1]).toEqual(["Award", calculate(fn, ex.args)]);
        expect(rows.filter(([l]) => l.endsWith("[binding]")).length).toBeLessThanOrEqual(1);
      } else {
        expect(rows[0]).toEqual(["Error", ex.expect]);
      }
    }
  );
});

describe("EXPLAIN tiers", () => {
  it("HLJ_REVENUE_MILESTONE_AWARD jump (spec §5.1 ex. 2): each tier tested once with its comparison, the highest paid", () => {
    // 320,000,000 > 10M, 50M, 100M, 300M; 9,000,000 > none → HIGHEST = 5,000,000
    const rows = explain("HLJ_REVENUE_MILESTONE_AWARD", 320_000_000, 9_000_000);
    expect(rows.filter(([l]) => l.endsWith(": met")).map((r) => r[0])).toEqual([
      "Annual revenue > 10,000,000: met",
      "Annual revenue > 50,000,000: met",
      "Annual revenue > 100,000,000: met",
      "Annual revenue > 300,000,000: met",
    ]);
    expect(rows.filter(([l]) => l.endsWith("not met"))).toHaveLength(4);
    expect(rows[rows.length - 1]).toEqual(["Award", 5_000_000]);
  });
});

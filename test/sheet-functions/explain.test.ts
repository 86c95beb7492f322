/**
 * SUBSIDY.EXPLAIN — the calculation steps of evaluate() as (label, amount) rows; the last row is the award
 * and equals the function's result; errors come back as rows with their code and message.
 */
import { excelFunction } from "../../functions/register";
import { calculate, clauses } from "../../src";
import { explainRowBound } from "../../src/workbook/audit/steps-block";
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

describe("EXPLAIN readings (spec Revision 2): remarks and alternative readings before the award row", () => {
  const isAlternative = ([l]: Row) => l.startsWith("Alternative reading:");

  it("HLJ_REVENUE_MILESTONE_AWARD shows SUM and TOP_UP beside the default HIGHEST", () => {
    // 320,000,000 over prior 60,000,000: newly crossed 100M (3,000,000) and 300M (5,000,000).
    // HIGHEST 5,000,000; SUM 3,000,000 + 5,000,000 = 8,000,000; TOP_UP 5,000,000 − 2,000,000 (50M tier) = 3,000,000
    const rows = explain("HLJ_REVENUE_MILESTONE_AWARD", 320_000_000, 60_000_000);
    expect(rows.slice(-3)).toEqual([
      ['Alternative reading: mode = "SUM" (Every tier newly crossed)', 8_000_000],
      [
        'Alternative reading: mode = "TOP_UP" (Highest tier less the tier passed before (top-up))',
        3_000_000,
      ],
      ["Award", 5_000_000],
    ]);
  });

  it("with mode TOP_UP the award is TOP_UP's and HIGHEST, SUM are the alternatives", () => {
    // 320,000,000 over 9,000,000: TOP_UP 5,000,000 − 0 = 5,000,000; HIGHEST 5,000,000;
    // SUM 500,000 + 2,000,000 + 3,000,000 + 5,000,000 = 10,500,000
    const rows = explain("HLJ_REVENUE_MILESTONE_AWARD", 320_000_000, 9_000_000, "就高补差");
    expect(rows.filter(isAlternative).map((r) => r[1])).toEqual([5_000_000, 10_500_000]);
    expect(rows.filter(isAlternative).map((r) => r[0])).toEqual([
      expect.stringContaining('mode = "HIGHEST"'),
      expect.stringContaining('mode = "SUM"'),
    ]);
    expect(rows[rows.length - 1]).toEqual(["Award", 5_000_000]);
  });

  it("alternative rows carry no cap marker", () => {
    for (const r of explain("HLJ_REVENUE_MILESTONE_AWARD", 320_000_000, 60_000_000).filter(
      isAlternative
    ))
      expect(r[0]).not.toMatch(/\[(binding|bound|not bound)\]/);
  });

  it.each(["HLJ_RD_SUBSIDY", "HLJAI_RD_SUBSIDY"])(
    "%s shows stock_basis TOTAL beside SPLIT",
    (name) => {
      // SPLIT: stock 6,000,000 × 0.02 = 120,000; increment 2,000,000 × 0.10 = 200,000; 320,000 × 1.5 = 480,000
      // TOTAL: stock 8,000,000 × 0.02 = 160,000; increment 200,000; 360,000 × 1.5 = 540,000
      const rows = explain(name, 8_000_000, 6_000_000, 0.02, 0.1);
      expect(rows.slice(-2)).toEqual([
        [
          'Alternative reading: stock_basis = "TOTAL" (Stock = all of last year\'s R&D, increment on top)',
          540_000,
        ],
        ["Award", 480_000],
      ]);
    }
  );

  it('HZ_RD_SUBSIDY: INCREMENT beside TOTAL, or "needs rd_prior_year" when it is missing', () => {
    // TOTAL: 10,000,000 × 0.05 = 500,000; INCREMENT: (10,000,000 − 7,000,000) × 0.05 = 150,000
    expect(explain("HZ_RD_SUBSIDY", 10_000_000, 0.05, "TOTAL", 7_000_000).slice(-2)).toEqual([
      [
        'Alternative reading: basis = "INCREMENT" (Annual R&D increment over the prior year)',
        150_000,
      ],
      ["Award", 500_000],
    ]);
    expect(explain("HZ_RD_SUBSIDY", 10_000_000, 0.05).slice(-2)).toEqual([
      [
        'Alternative reading: basis = "INCREMENT" (Annual R&D increment over the prior year)',
        "needs rd_prior_year",
      ],
      ["Award", 500_000],
    ]);
    // basis INCREMENT: (10,000,000 − 7,000,000) × 0.10 = 300,000; TOTAL 10,000,000 × 0.10 = 1,000,000
    expect(explain("HZ_RD_SUBSIDY", 10_000_000, 0.1, "增量", 7_000_000).slice(-2)).toEqual([
      ['Alternative reading: basis = "TOTAL" (Annual R&D total)', 1_000_000],
      ["Award", 300_000],
    ]);
  });

  it.each(["HLJ_INDUSTRIALIZATION_GRANT", "HLJAI_TERMINAL_PROJECT_SUBSIDY"])(
    "%s: a 「原则上」 cap entered above 50,000,000 is computed as given and said in words",
    (name) => {
      // 400,000,000 × 0.20 = 80,000,000 → cap 60,000,000 (entered, above the text's 50,000,000)
      const args =
        name === "HLJ_INDUSTRIALIZATION_GRANT"
          ? [400_000_000, 60_000_000]
          : [400_000_000, undefined, 0, 60_000_000];
      const rows = explain(name, ...args);
      expect(rows.slice(-2)).toEqual([
        [
          "Note",
          "cap 60,000,000 is above the 50,000,000 the text sets 原则上: an approved exception is assumed",
        ],
        ["Award", 60_000_000],
      ]);
    }
  );

  it("a 「原则上」 cap at or below 50,000,000 needs no note", () => {
    // 400,000,000 × 0.20 = 80,000,000 → 50,000,000 (the default) / → 40,000,000 (entered lower)
    expect(explain("HLJ_INDUSTRIALIZATION_GRANT", 400_000_000).some(([l]) => l === "Note")).toBe(
      false
    );
    expect(
      explain("HLJ_INDUSTRIALIZATION_GRANT", 400_000_000, 40_000_000).some(([l]) => l === "Note")
    ).toBe(false);
  });

  it("HLJ_SCENARIO_SUBSIDY without a cap says the text states none, with HLJ-AI-08's figure", () => {
    // 150,000,000 × 0.20 = 30,000,000, uncapped; HLJ-AI-08's cap 「单个场景最高2000万元」 = 20,000,000
    expect(explain("HLJ_SCENARIO_SUBSIDY", 150_000_000, 0.2).slice(-2)).toEqual([
      [
        "Note",
        "no cap is stated in the text (HLJ-AI-08 sets 20,000,000 for a comparable scenario)",
      ],
      ["Award", 30_000_000],
    ]);
    // a cap given: 30,000,000 → 20,000,000, no note
    const capped = explain("HLJ_SCENARIO_SUBSIDY", 150_000_000, 0.2, 20_000_000);
    expect(capped.some(([l]) => l === "Note")).toBe(false);
    expect(capped[capped.length - 1]).toEqual(["Award", 20_000_000]);
  });

  it("an error still comes back as the two error rows, without readings", () => {
    // basis INCREMENT without rd_prior_year is the call's own #VALUE!
    expect(explain("HZ_RD_SUBSIDY", 10_000_000, 0.05, "INCREMENT")).toEqual([
      ["Error", "#VALUE!"],
      ["Message", "rd_prior_year is required when basis = INCREMENT"],
    ]);
  });
});

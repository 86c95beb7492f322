/**
 * SUBSIDY.STACK and SUBSIDY.STACK_ROWS — spec §7.5 (normative overlap groups). Expected totals are worked
 * by hand from the spec's rule: within one item, an overlap group counts only its largest award (ties:
 * the first row); in-kind values count 0; everything else adds.
 */
import fc from "fast-check";
import { calculate } from "../../src";
import { overlapGroups } from "../../src/rules/overlap-groups";
import { decideStack } from "../../src/rules/stack";
import { error } from "../support/expect-error";

const col = (xs: unknown[]) => xs.map((x) => [x]);
const stack = (ids: unknown[], awards: unknown[], keys?: unknown[]) =>
  calculate("STACK", keys ? [col(ids), col(awards), col(keys)] : [col(ids), col(awards)]) as number;
const rows = (ids: unknown[], awards: unknown[], keys?: unknown[]) =>
  (
    calculate(
      "STACK_ROWS",
      keys ? [col(ids), col(awards), col(keys)] : [col(ids), col(awards)]
    ) as number[][]
  ).map((r) => r[0]);

describe("STACK: hand-computed examples", () => {
  it("a Heilongjiang firm claiming R&D under both HLJ-ROBOT-01 and HLJ-AI-03 counts only the larger (group HLJ-RD)", () => {
    // HLJ_RD_SUBSIDY(8,000,000; 6,000,000; 0.02; 0.10) = 480,000 (spec §5.1 ex. 1)
    // HLJAI_RD_SUBSIDY(12,000,000; 9,000,000; 0.03; 0.15) = 1,080,000 (spec §5.2 ex. 1)
    // one item, one group → max(480,000, 1,080,000) = 1,080,000
    const r = calculate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1]) as number;
    const ai = calculate("HLJAI_RD_SUBSIDY", [12_000_000, 9_000_000, 0.03, 0.15]) as number;
    expect([r, ai]).toEqual([480_000, 1_080_000]);
    expect(stack(["HLJ_RD_SUBSIDY", "HLJAI_RD_SUBSIDY"], [r, ai])).toBe(1_080_000);
    expect(rows(["HLJ_RD_SUBSIDY", "HLJAI_RD_SUBSIDY"], [r, ai])).toEqual([0, 1_080_000]);
  });

  it("clause ids work as well as function names, in any case", () => {
    // same as above, named by clause id: max(480,000, 1,080,000)
    expect(stack(["HLJ-ROBOT-01", "hlj-ai-03"], [480_000, 1_080_000])).toBe(1_080_000);
    expect(stack(["subsidy.hlj_rd_subsidy", " HLJ-AI-03 "], [480_000, 1_080_000])).toBe(1_080_000);
  });

  it("two launch events with different item keys both count", () => {
    // HLJ_LAUNCH_EVENT_SUBSIDY(400,000) = 120,000 and (1,500,000) = 300,000 (spec §5.1): two events → 420,000
    expect(
      stack(
        ["HLJ_LAUNCH_EVENT_SUBSIDY", "HLJ_LAUNCH_EVENT_SUBSIDY"],
        [120_000, 300_000],
        ["Expo A", "Expo B"]
      )
    ).toBe(420_000);
  });

  it("the same launch event under HLJ-ROBOT-11 and HLJ-AI-11b (one item) counts once; a tie goes to the first row", () => {
    // both 30% × 1,500,000 → cap 300,000; tie → the first row counts: 300,000 + 0
    expect(
      rows(["HLJ_LAUNCH_EVENT_SUBSIDY", "HLJAI_LAUNCH_EVENT_SUBSIDY"], [300_000, 300_000])
    ).toEqual([300_000, 0]);
    expect(
      rows(["HLJAI_LAUNCH_EVENT_SUBSIDY", "HLJ_LAUNCH_EVENT_SUBSIDY"], [300_000, 300_000])
    ).toEqual([300_000, 0]);
    expect(
      stack(["HLJ_LAUNCH_EVENT_SUBSIDY", "HLJAI_LAUNCH_EVENT_SUBSIDY"], [300_000, 300_000])
    ).toBe(300_000);
  });

  it("an in-kind value (HZ_FREE_OFFICE_VALUE) counts 0", () => {
    // HZ_FREE_OFFICE_VALUE(500; 24; 60) = 720,000 (imputed, not cash); HZ_SCENARIO_AWARD(1,500,000) = 750,000
    // total = 0 + 750,000
    expect(rows(["HZ_FREE_OFFICE_VALUE", "HZ_SCENARIO_AWARD"], [720_000, 750_000])).toEqual([
      0, 750_000,
    ]);
    expect(stack(["HZ-HUMANOID-03b", "HZ-HUMANOID-06"], [720_000, 750_000])).toBe(750_000);
  });

  it("HZ-CAPEX per project, with the interest subsidy adding (a different cost)", () => {
    // project P1: HZ-02c 2,000,000 vs HZ-04b 15,000,000 → 15,000,000; project P2: HZ-07 12,000,000;
    // HZ-04c interest 300,000 is not grouped → 15,000,000 + 12,000,000 + 300,000 = 27,300,000
    const ids = [
      "HZ_FLAGSHIP_PROJECT_SUBSIDY",
      "HZ_NEW_INVESTMENT_SUBSIDY",
      "HZ_PILOT_PLATFORM_SUBSIDY",
      "HZ_LOAN_INTEREST_SUBSIDY",
    ];
    const awards = [2_000_000, 15_000_000, 12_000_000, 300_000];
    expect(stack(ids, awards, ["P1", "P1", "P2", "P1"])).toBe(27_300_000);
    expect(rows(ids, awards, ["P1", "P1", "P2", "P1"])).toEqual([
      0, 15_000_000, 12_000_000, 300_000,
    ]);
    // all one item: max(2,000,000, 15,000,000, 12,000,000) + 300,000 = 15,300,000
    expect(stack(ids, awards)).toBe(15_300_000);
  });

  it("HZ-02b and HZ-02c are not grouped: both are paid", () => {
    // 2,000,000 (02b) + 2,000,000 (02c) = 4,000,000
    expect(
      stack(["HZ_RESEARCH_MATCHING_SUBSIDY", "HZ_FLAGSHIP_PROJECT_SUBSIDY"], [2_000_000, 2_000_000])
    ).toBe(4_000_000);
  });

  it("ungrouped rows add even on the same item", () => {
    // 1,000,000 + 2,000,000 + 500,000
    expect(
      stack(
        ["BJ_LEASING_SUBSIDY", "BJ_LEASING_SUBSIDY", "HLJ_KEYTECH_GRANT"],
        [1_000_000, 2_000_000, 500_000]
      )
    ).toBe(3_500_000);
  });

  it("item keys are trimmed and case-insensitive; a number and its text are the same key", () => {
    // "a" and " A " are one item → max(600,000, 400,000); 1 and "1" are one item → max(200,000, 250,000)
    const ids = [
      "HLJ_DATA_VOUCHER",
      "HLJAI_DATA_VOUCHER",
      "HLJ_DATASET_GRANT",
      "HLJAI_DATASET_SUBSIDY",
    ];
    expect(stack(ids, [600_000, 400_000, 200_000, 250_000], ["a", " A ", 1, "1"])).toBe(850_000);
  });

  it("blank keys are one item; a blank id beside a blank or 0 award is a blank row", () => {
    // rows 2 and 3 have no id and no award: blank rows (0); 480,000 vs 1,080,000 in one item → 1,080,000
    expect(
      rows(
        ["HLJ_RD_SUBSIDY", "", null, "HLJAI_RD_SUBSIDY"],
        [480_000, 0, null, 1_080_000],
        ["", null, "", ""]
      )
    ).toEqual([0, 0, 0, 1_080_000]);
  });

  it('a blank id is "", an empty cell (null on the web) or 0 (an empty cell on Windows)', () => {
    // every blank id sits beside a blank or 0 award → blank rows; 750,000 + 0 + 0 + 0 + 0 = 750,000
    const ids = ["HZ_SCENARIO_AWARD", "", null, 0, undefined];
    const awards = [750_000, "", 0, null, 0];
    expect(rows(ids, awards)).toEqual([750_000, 0, 0, 0, 0]);
    expect(stack(ids, awards)).toBe(750_000);
    expect(decideStack(col(ids), col(awards)).map((d) => d.reason)).toEqual([
      "counted",
      "blank",
      "blank",
      "blank",
      "blank",
    ]);
  });

  it("a blank award counts 0", () => {
    expect(stack(["HZ_SCENARIO_AWARD", "HZ_SCENARIO_AWARD"], [null, 750_000])).toBe(750_000);
  });

  it("2-D ranges are read row by row; item_keys may be omitted or blank", () => {
    // [[RD, AI-RD], [launch, blank]] with awards [[480,000, 1,080,000], [120,000, 0]] → 1,080,000 + 120,000
    const ids = [
      ["HLJ_RD_SUBSIDY", "HLJAI_RD_SUBSIDY"],
      ["HLJ_LAUNCH_EVENT_SUBSIDY", ""],
    ];
    const awards = [
      [480_000, 1_080_000],
      [120_000, 0],
    ];
    expect(calculate("STACK", [ids, awards])).toBe(1_200_000);
    expect(calculate("STACK", [ids, awards, null])).toBe(1_200_000);
    expect(calculate("STACK_ROWS", [ids, awards])).toEqual([[0], [1_080_000], [120_000], [0]]);
  });

  it("a single cell is a 1×1 range", () => {
    expect(calculate("STACK", ["HZ_SCENARIO_AWARD", 750_000])).toBe(750_000);
    expect(calculate("STACK_ROWS", ["HZ_SCENARIO_AWARD", 750_000])).toEqual([[750_000]]);
  });

  it("fen amounts add without float artefacts", () => {
    // 0.1 + 0.2 = 0.3 exactly (to the fen)
    expect(stack(["HZ_SCENARIO_AWARD", "HZ_CHAIN_ENTRY_AWARD"], [0.1, 0.2])).toBe(0.3);
  });

  it("100,000 rows add exactly to the fen (summed in integer fen)", () => {
    // 100,000 × 50,000,000.01 = 100,000 × 50,000,000 + 100,000 × 0.01 = 5,000,000,000,000 + 1,000
    // = 5,000,000,001,000.00 (adding the doubles one by one drifts by yuan at this size)
    const n = 100_000;
    const ids = Array.from({ length: n }, () => ["HZ_SCENARIO_AWARD"]);
    const awards = Array.from({ length: n }, () => [50_000_000.01]);
    expect(calculate("STACK", [ids, awards])).toBe(5_000_000_001_000);
    // alternating 0.01 and 0.02: 50,000 × 0.01 + 50,000 × 0.02 = 500 + 1,000 = 1,500.00
    const small = Array.from({ length: n }, (_, i) => [i % 2 ? 0.02 : 0.01]);
    expect(calculate("STACK", [ids, small])).toBe(1_500);
  });

  it('an empty range gives [[""]] from STACK_ROWS (a custom function cannot return a blank) and 0 from STACK', () => {
    expect(calculate("STACK_ROWS", [[], []])).toEqual([[""]]);
    expect(calculate("STACK_ROWS", [[[]], [[]]])).toEqual([[""]]);
    expect(calculate("STACK", [[], []])).toBe(0);
  });

  it("a total above 10,000,000,000,000 is #NUM!, like any award", () => {
    // 2 × 6,000,000,000,000 = 12,000,000,000,000 > 10,000,000,000,000
    const e = error(() => stack(["HZ_SCENARIO_AWARD", "HZ_CHAIN_ENTRY_AWARD"], [6e12, 6e12]));
    expect(e).toMatchObject({
      code: "#NUM!",
      message: "the total is too large (at most 10,000,000,000,000)",
    });
  });

  it("the decision says which row counts instead", () => {
    const d = decideStack(
      col(["HLJ_RD_SUBSIDY", "HLJAI_RD_SUBSIDY", "HZ_FREE_OFFICE_VALUE"]),
      col([480_000, 1_080_000, 5])
    );
    expect(d.map((x) => [x.reason, x.group, x.countedInstead])).toEqual([
      ["dominated", "HLJ-RD", 2],
      ["counted", "HLJ-RD", undefined],
      ["in-kind", undefined, undefined],
    ]);
  });
});

describe("STACK errors (#VALUE! naming the parameter and position)", () => {
  it("mismatched sizes", () => {
    expect(
      error(() => calculate("STACK", [col(["HZ_SCENARIO_AWARD", "HZ_SCENARIO_AWARD"]), col([1])]))
    ).toMatchObject({
      code: "#VALUE!",
      message: "awards must be the same size as ids (2 rows × 1 column, not 1 row × 1 column)",
    });
    expect(
      error(() => calculate("STACK", [col(["A", "B"]), col([1, 2]), [["k1", "k2"]]])).message
    ).toBe("item_keys must be the same size as ids (2 rows × 1 column, not 1 row × 2 columns)");
  });
  it("an unknown id", () => {
    expect(error(() => stack(["HZ_SCENARIO_AWARD", "HZ_SCENARIO_AWARDS"], [1, 2]))).toMatchObject({
      code: "#VALUE!",
      message:
        "ids contains an unknown function name or clause id at position 2: HZ_SCENARIO_AWARDS",
    });
    expect(error(() => stack([42], [1])).message).toBe(
      "ids contains an unknown function name or clause id at position 1: 42"
    );
  });
  it.each([["abc"], [-1], [true], [NaN], ["100"]])(
    "a non-numeric or negative award (%p)",
    (bad) => {
      expect(
        error(() => stack(["HZ_SCENARIO_AWARD", "HZ_SCENARIO_AWARD"], [5, bad]))
      ).toMatchObject({
        code: "#VALUE!",
        message: "awards contains an invalid value at position 2 (expected an amount ≥ 0)",
      });
    }
  );
  it("a blank id beside a non-zero award is #VALUE! naming the row, in both encodings of blank", () => {
    // STACK({"";"HZ_SCENARIO_AWARD"}, {5000000;200}) was 200: the 5,000,000 row was dropped unchecked
    for (const blank of ["", null, 0]) {
      expect(error(() => stack([blank, "HZ_SCENARIO_AWARD"], [5_000_000, 200]))).toMatchObject({
        code: "#VALUE!",
        message:
          "ids is blank at position 1 but awards there is 5000000: name the function or clause of that row, or clear its award",
      });
    }
    expect(error(() => stack(["HZ_SCENARIO_AWARD", 0], [200, 0.01])).message).toMatch(
      /^ids is blank at position 2 but awards there is 0\.01:/
    );
  });

  it("a jagged array is #VALUE! naming the argument", () => {
    // STACK([[A,A],[A]], [[100,5],[1,7]]) was 106: the missing id read as blank and dropped the 7
    const A = "HZ_SCENARIO_AWARD";
    expect(
      error(() =>
        calculate("STACK", [
          [[A, A], [A]],
          [
            [100, 5],
            [1, 7],
          ],
        ])
      )
    ).toMatchObject({
      code: "#VALUE!",
      message: "ids is not a rectangular range: row 2 has 1 cell, row 1 has 2 cells",
    });
    expect(
      error(() =>
        calculate("STACK", [
          [
            [A, A],
            [A, A],
          ],
          [[100, 5], [1]],
        ])
      ).message
    ).toBe("awards is not a rectangular range: row 2 has 1 cell, row 1 has 2 cells");
    expect(
      error(() =>
        calculate("STACK_ROWS", [
          [[A], [A]],
          [[1], [2]],
          [["k"], ["k", "k"]],
        ])
      ).message
    ).toBe("item_keys is not a rectangular range: row 2 has 2 cells, row 1 has 1 cell");
  });

  it("an award cell holding an error", () => {
    const shapes = [
      new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), // CustomFunctions.Error
      { type: "Error", errorType: "NotAvailable" }, // Excel.ErrorCellValue
      "#N/A", // the error's text, as some hosts pass it inside a range
    ];
    for (const err of shapes) {
      expect(
        error(() =>
          stack(["HZ_SCENARIO_AWARD", "HZ_SCENARIO_AWARD", "HZ_SCENARIO_AWARD"], [1, 2, err])
        )
      ).toMatchObject({
        code: "#VALUE!",
        message: "awards contains an error at position 3",
      });
    }
  });
  it("an id or item key holding an error", () => {
    expect(error(() => stack([{ type: "Error", errorType: "Ref" }], [1])).message).toBe(
      "ids contains an error at position 1"
    );
    expect(error(() => stack(["HZ_SCENARIO_AWARD"], [1], ["#VALUE!"])).message).toBe(
      "item_keys contains an error at position 1"
    );
  });
  it("missing ranges", () => {
    expect(error(() => calculate("STACK", []))).toMatchObject({
      code: "#VALUE!",
      message: "ids is required",
    });
    expect(error(() => calculate("STACK_ROWS", [col(["HZ_SCENARIO_AWARD"])]))).toMatchObject({
      code: "#VALUE!",
      message: "awards is required",
    });
  });
  it("an award beyond 10 trillion is #NUM!", () => {
    expect(error(() => stack(["HZ_SCENARIO_AWARD"], [1e14])).code).toBe("#NUM!");
  });
});

describe("STACK = SUM(STACK_ROWS), and each group keeps its largest award per item (property)", () => {
  const ids = [
    "HLJ_RD_SUBSIDY",
    "HLJAI_RD_SUBSIDY",
    "HLJ_DATA_VOUCHER",
    "HLJAI_DATA_VOUCHER",
    "HZ_FREE_OFFICE_VALUE",
    "HZ_SCENARIO_AWARD",
    "HZ_NEW_INVESTMENT_SUBSIDY",
    "HZ_PILOT_PLATFORM_SUBSIDY",
    "",
  ];
  const row = fc.record({
    id: fc.constantFrom(...ids),
    fen: fc.integer({ min: 0, max: 2_000_000_000 }),
    key: fc.constantFrom("", "A", "b", "B "),
  });
  it("holds for random sheets", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rs) => {
        const I = rs.map((r) => r.id);
        // a row without an id carries no award (a blank id beside an award is an error, tested above)
        const A = rs.map((r) => (r.id === "" ? 0 : r.fen / 100));
        const K = rs.map((r) => r.key);
        const counted = rows(I, A, K);
        // STACK = SUM(STACK_ROWS) exactly: the rows are whole fen, added as integers
        expect(stack(I, A, K)).toBe(counted.reduce((s, x) => s + Math.round(x * 100), 0) / 100);
        // every (item, group) counts exactly its maximum once, the first row holding it
        for (const g of overlapGroups) {
          const fns = new Set(g.members.map((m) => m.fn));
          for (const key of new Set(K.map((k) => k.trim().toUpperCase()))) {
            const idx = rs
              .map((_, i) => i)
              .filter((i) => fns.has(I[i]) && K[i].trim().toUpperCase() === key);
            if (!idx.length) continue;
            const max = Math.max(...idx.map((i) => A[i]));
            const first = idx.find((i) => A[i] === max)!;
            for (const i of idx) expect(counted[i]).toBe(i === first ? max : 0);
          }
        }
        rs.forEach((r, i) => {
          if (r.id === "HZ_FREE_OFFICE_VALUE" || r.id === "") expect(counted[i]).toBe(0);
          if (r.id === "HZ_SCENARIO_AWARD") expect(counted[i]).toBe(A[i]);
        });
      })
    );
  });
});

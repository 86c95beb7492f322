/**
 * Spec Revision 2, "Readings": the alternative readings shown beside the chosen one are exactly
 * HLJ_REVENUE_MILESTONE_AWARD mode {HIGHEST, SUM, TOP_UP}, HLJ_RD_SUBSIDY and HLJAI_RD_SUBSIDY stock_basis
 * {SPLIT, TOTAL}, HZ_RD_SUBSIDY basis {TOTAL, INCREMENT}; each is named in its ambiguity record, and each
 * alternative's award is the same function called with that argument replaced.
 */
import { calculate, clauses } from "../../src";
import { readingsOf } from "../../src/sheet-functions/readings";

const withReadings = clauses.flatMap((c) =>
  (c.fn?.readings ?? []).map((reading) => ({ fn: c.fn!, reading }))
);

describe("alternative readings in the catalog", () => {
  it("are exactly the list of Revision 2, each naming its argument and values", () => {
    expect(
      withReadings.map(({ fn, reading }) => [fn.name, reading.param, [...reading.values]])
    ).toEqual([
      ["HLJ_RD_SUBSIDY", "stock_basis", ["SPLIT", "TOTAL"]],
      ["HLJ_REVENUE_MILESTONE_AWARD", "mode", ["HIGHEST", "SUM", "TOP_UP"]],
      ["HZ_RD_SUBSIDY", "basis", ["TOTAL", "INCREMENT"]],
      ["HLJAI_RD_SUBSIDY", "stock_basis", ["SPLIT", "TOTAL"]],
    ]);
  });

  it.each(withReadings.map((w) => [w.fn.name, w] as const))(
    "%s: its ambiguity record names the argument",
    (_name, { fn, reading }) => {
      expect(fn.ambiguities!.filter((a) => a.reading === reading.param)).toHaveLength(1);
    }
  );

  it.each(withReadings.map((w) => [w.fn.name, w] as const))(
    "%s: the values are the argument's codes and the first is its default (the chosen reading)",
    (_name, { fn, reading }) => {
      const p = fn.params.find((q) => q.name === reading.param)!;
      expect(p.codes!.map((c) => c.value)).toEqual([...reading.values]);
      expect(p.default).toBe(reading.values[0]);
    }
  );

  it("each alternative's award is the function itself with the argument replaced, on every worked example", () => {
    let checked = 0;
    for (const { fn, reading } of withReadings) {
      const index = fn.params.findIndex((p) => p.name === reading.param);
      for (const ex of fn.examples.filter((e) => typeof e.expect === "number")) {
        for (const alt of readingsOf(fn, ex.args).alternatives) {
          const args = [...ex.args];
          while (args.length <= index) args.push(undefined);
          args[index] = alt.value;
          let expected: unknown;
          try {
            expected = calculate(fn.name, args);
          } catch (e) {
            expected = (e as { code: string }).code;
          }
          expect([
            fn.name,
            alt.value,
            alt.outcome.ok ? alt.outcome.award : alt.outcome.code,
          ]).toEqual([fn.name, alt.value, expected]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("leaves out the reading in effect, whether given as a code, an alias or by default", () => {
    const fn = clauses.find((c) => c.fn?.name === "HLJ_REVENUE_MILESTONE_AWARD")!.fn!;
    const values = (args: unknown[]) => readingsOf(fn, args).alternatives.map((a) => a.value);
    expect(values([62_000_000])).toEqual(["SUM", "TOP_UP"]);
    expect(values([62_000_000, 0, "累加"])).toEqual(["HIGHEST", "TOP_UP"]);
    expect(values([62_000_000, 0, " top_up "])).toEqual(["HIGHEST", "SUM"]);
  });

  it("HZ_RD_SUBSIDY: INCREMENT without rd_prior_year is reported as needing it, not as a number", () => {
    const fn = clauses.find((c) => c.fn?.name === "HZ_RD_SUBSIDY")!.fn!;
    // TOTAL 10,000,000 × 0.05 = 500,000 is the award; INCREMENT cannot be computed without the prior year
    expect(readingsOf(fn, [10_000_000, 0.05]).alternatives).toEqual([
      expect.objectContaining({
        param: "basis",
        value: "INCREMENT",
        outcome: expect.objectContaining({ ok: false, code: "#VALUE!", needs: "rd_prior_year" }),
      }),
    ]);
  });

  it("a function without a reading has no alternatives and, with nothing to say, no remarks", () => {
    const fn = clauses.find((c) => c.fn?.name === "HZ_SCENARIO_AWARD")!.fn!;
    expect(readingsOf(fn, [6_000_000])).toEqual({ remarks: [], alternatives: [] });
  });
});

describe("remarks (Revision 2): numbers come from the constants and the arguments", () => {
  const remarks = (name: string, args: unknown[]) => {
    const fn = clauses.find((c) => c.fn?.name === name)!.fn!;
    return readingsOf(fn, args).remarks;
  };
  it("「原则上」 cap above the text's 50,000,000, in both languages", () => {
    // HLJ-ROBOT-05 「原则上单个项目支持金额不超过5000万元」; entered 60,000,000 > 50,000,000
    expect(remarks("HLJ_INDUSTRIALIZATION_GRANT", [400_000_000, 60_000_000])).toEqual([
      {
        en: "cap 60,000,000 is above the 50,000,000 the text sets 原则上: an approved exception is assumed",
        zh: "上限60,000,000元高于原文“原则上”规定的5000万元：按已获批的例外计算",
      },
    ]);
    // exactly 50,000,000 is not above it
    expect(
      remarks("HLJAI_TERMINAL_PROJECT_SUBSIDY", [60_000_000, undefined, 0, 50_000_000])
    ).toEqual([]);
  });
  it("HLJ_SCENARIO_SUBSIDY without a cap names HLJ-AI-08's 「单个场景最高2000万元」", () => {
    expect(remarks("HLJ_SCENARIO_SUBSIDY", [30_000_000, 0.2])).toEqual([
      {
        en: "no cap is stated in the text (HLJ-AI-08 sets 20,000,000 for a comparable scenario)",
        zh: "原文未规定上限（HLJ-AI-08对可比场景规定为2000万元）",
      },
    ]);
    expect(remarks("HLJ_SCENARIO_SUBSIDY", [30_000_000, 0.2, 20_000_000])).toEqual([]);
  });
  it("the 20,000,000 is read from HLJ-AI-08's record: it follows its constant", () => {
    const ai08 = clauses.find((c) => c.fn?.name === "HLJAI_SCENARIO_GRANT")!.fn!.constants as {
      cap: number;
    };
    const fn = clauses.find((c) => c.fn?.name === "HLJ_SCENARIO_SUBSIDY")!.fn!;
    const saved = ai08.cap;
    // The remark is built when asked, from the record HLJ-AI-08 carries (here 1,234,567 for the test).
    ai08.cap = 1_234_567;
    try {
      expect(readingsOf(fn, [30_000_000, 0.2]).remarks[0].en).toContain("HLJ-AI-08 sets 1,234,567");
    } finally {
      ai08.cap = saved;
    }
  });
});

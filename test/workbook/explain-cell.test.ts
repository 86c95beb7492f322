/**
 * Explain the selected cell, the part without a host: which clause call a formula makes (a SUBSIDY.* call
 * or a native twin by its marker) and where each argument comes from, or why the cell cannot be explained.
 */
import { nativeFormula } from "../../src/native";
import {
  argumentValue,
  literalValue,
  locateExplained,
  referencesIn,
  referencesOf,
} from "../../src/workbook/explain-cell";

const target = (formula: string) => {
  const located = locateExplained(formula);
  if (!located.ok) throw new Error(`not explained: ${JSON.stringify(located.problem)}`);
  return located.target;
};
const problem = (formula: unknown) => {
  const located = locateExplained(formula);
  if (located.ok) throw new Error("explained");
  return located.problem;
};

describe("locateExplained: a SUBSIDY clause call", () => {
  it("reads literal arguments as Excel passes them: numbers, 30% as 0.3, text, TRUE, omitted", () => {
    const t = target('=SUBSIDY.HLJ_REVENUE_MILESTONE_AWARD(320000000,6E7,"TOP_UP")');
    expect(t).toEqual({
      name: "HLJ_REVENUE_MILESTONE_AWARD",
      form: "addin",
      calls: 1,
      args: [
        { kind: "literal", text: "320000000", value: 320_000_000 },
        { kind: "literal", text: "6E7", value: 60_000_000 },
        { kind: "literal", text: '"TOP_UP"', value: "TOP_UP" },
      ],
    });
    expect(literalValue("30%")).toEqual({ value: 0.3 });
    expect(literalValue("-5")).toEqual({ value: -5 });
    expect(literalValue("true")).toEqual({ value: true });
    expect(literalValue('"say ""hi"""')).toEqual({ value: 'say "hi"' });
    expect(literalValue("#N/A")).toEqual({ value: { code: "#N/A" } });
    expect(literalValue("{1,2;3,4}")).toEqual({
      value: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  it("an omitted middle argument and omitted trailing ones are 'omitted'", () => {
    const t = target("=SUBSIDY.HLJ_REVENUE_MILESTONE_AWARD(B4,,)");
    expect(t.args.map((a) => a.kind)).toEqual(["reference", "omitted", "omitted"]);
    expect(target("=SUBSIDY.HLJ_REVENUE_MILESTONE_AWARD(B4)").args.map((a) => a.kind)).toEqual([
      "reference",
      "omitted",
      "omitted",
    ]);
  });

  it("references: a cell, an absolute cell, a range, another sheet, a defined name", () => {
    const t = target("=SUBSIDY.HLJ_REVENUE_MILESTONE_AWARD($B$4,'Q1 plan'!C5,Mode)");
    expect(t.args).toEqual([
      { kind: "reference", text: "$B$4" },
      { kind: "reference", text: "'Q1 plan'!C5" },
      { kind: "reference", text: "Mode" },
    ]);
    expect(referencesOf(t)).toEqual(["$B$4", "'Q1 plan'!C5", "Mode"]);
    const range = target("=SUBSIDY.HLJ_FIRST_SET_AWARD(B2:B9)");
    expect(range.args[0]).toEqual({ kind: "reference", text: "B2:B9" });
  });

  it("a call inside a larger formula, function names in lower case", () => {
    const t = target("=ROUND(subsidy.hz_scenario_award(B4)/10000,0)");
    expect(t.name).toBe("HZ_SCENARIO_AWARD");
    expect(t.args).toEqual([{ kind: "reference", text: "B4" }]);
  });

  it("several SUBSIDY clause calls: the first as written, and how many there are", () => {
    const t = target("=SUBSIDY.HZ_SCENARIO_AWARD(B4)+SUBSIDY.HZ_RD_SUBSIDY(C4,D4)");
    expect(t.name).toBe("HZ_SCENARIO_AWARD");
    expect(t.calls).toBe(2);
  });

  it("a reference repeated is read once", () => {
    const t = target("=SUBSIDY.HLJ_REVENUE_MILESTONE_AWARD(B4,B4)");
    expect(referencesOf(t)).toEqual(["B4"]);
  });
});

describe("locateExplained: what it cannot explain, and why", () => {
  it("an empty cell, a constant, a formula without SUBSIDY", () => {
    expect(problem("")).toEqual({ kind: "empty" });
    expect(problem(null)).toEqual({ kind: "empty" });
    expect(problem(6_000_000)).toEqual({ kind: "constant" });
    expect(problem("text")).toEqual({ kind: "constant" });
    expect(problem("=SUM(B4:B9)*0.5")).toEqual({ kind: "not-subsidy" });
    // A text that mentions the add-in is not a call.
    expect(problem('="SUBSIDY.HZ_SCENARIO_AWARD(B4)"')).toEqual({ kind: "not-subsidy" });
  });

  it("an argument in another workbook", () => {
    expect(problem("=SUBSIDY.HZ_SCENARIO_AWARD([Book2.xlsx]Sheet1!B4)")).toEqual({
      kind: "other-workbook",
      arg: "[Book2.xlsx]Sheet1!B4",
    });
    expect(problem("=SUBSIDY.HZ_SCENARIO_AWARD('C:\\dir\\[Book2.xlsx]Inputs'!B4)")).toEqual({
      kind: "other-workbook",
      arg: "'C:\\dir\\[Book2.xlsx]Inputs'!B4",
    });
  });

  it("an argument computed in the formula names its parameter", () => {
    expect(problem("=SUBSIDY.HZ_SCENARIO_AWARD(B4*2)")).toEqual({
      kind: "expression",
      param: "actual_investment",
      arg: "B4*2",
    });
  });

  it("a SUBSIDY function that is not a clause function; too many arguments; an unreadable formula", () => {
    expect(problem("=SUBSIDY.STACK(A2:A5,B2:B5)")).toEqual({ kind: "not-clause", name: "STACK" });
    expect(problem("=SUBSIDY.HZ_SCENARIO_AWARD(B4,C4)")).toEqual({
      kind: "too-many-args",
      name: "HZ_SCENARIO_AWARD",
      max: 1,
    });
    expect(problem("=SUBSIDY.HZ_SCENARIO_AWARD(B4")).toEqual({ kind: "unreadable" });
  });
});

describe("locateExplained: a native twin the add-in wrote, by its marker", () => {
  it("recovers the references the twin was written over, parameter by parameter", () => {
    const formula = nativeFormula("HZ_SCENARIO_AWARD", ["B4"]);
    expect(formula.endsWith('+N("SUBSIDY:HZ_SCENARIO_AWARD")')).toBe(true);
    expect(target(formula)).toEqual({
      name: "HZ_SCENARIO_AWARD",
      form: "native",
      calls: 1,
      args: [{ kind: "reference", text: "B4" }],
    });
  });

  it("an omitted optional argument between references stays omitted", () => {
    // mode (the third parameter) omitted; prior_max_revenue on another sheet.
    const formula = nativeFormula("HLJ_REVENUE_MILESTONE_AWARD", [
      "$B$4",
      "'Q1 plan'!C4",
      undefined,
    ]);
    expect(target(formula).args).toEqual([
      { kind: "reference", text: "$B$4" },
      { kind: "reference", text: "'Q1 plan'!C4" },
      { kind: "omitted" },
    ]);
    const skipping = nativeFormula("HLJ_REVENUE_MILESTONE_AWARD", ["B4", undefined, "D4"]);
    expect(target(skipping).args).toEqual([
      { kind: "reference", text: "B4" },
      { kind: "omitted" },
      { kind: "reference", text: "D4" },
    ]);
  });

  it("a twin over literals cannot be read back: it says so and names the function", () => {
    const formula = nativeFormula("HZ_SCENARIO_AWARD", ["6000000"]);
    expect(problem(formula)).toEqual({ kind: "native-args", name: "HZ_SCENARIO_AWARD" });
  });

  it("a marker that is not at the end, or names no clause function, is no twin", () => {
    expect(problem('=B4+N("SUBSIDY:NOT_A_FUNCTION")')).toEqual({ kind: "not-subsidy" });
  });

  it("referencesIn skips texts, function names and TRUE/FALSE", () => {
    expect(referencesIn('=IF(AND(ISNUMBER(B4),TRUE),MIN(B4*0.5,C$2:C9),"D5")+Rate')).toEqual([
      "B4",
      "C$2:C9",
      "Rate",
    ]);
  });
});

describe("argumentValue: a read range as Excel passes it", () => {
  it("one cell is its value, a blank null, an error a CustomFunctions.Error; a range a 2-D array", () => {
    expect(argumentValue([[6_000_000]])).toBe(6_000_000);
    expect(argumentValue([[null]])).toBeNull();
    expect(argumentValue([[{ error: "#DIV/0!" }]])).toEqual({ code: "#DIV/0!" });
    expect(argumentValue([[1], [null], ["x"]])).toEqual([[1], [null], ["x"]]);
  });
});

/**
 * Error values as arguments, as Excel passes them once functions.json sets allowErrorForDataTypeAny: one
 * rule (functions/error-arguments.ts) for what the user sees, through the Excel face. Each expectation is
 * the rule applied by hand: a single-value argument holding an error is that error where a custom function
 * may return it (#VALUE!, #N/A, #NUM!, #DIV/0!, #NULL!), else #VALUE! "<param> is #REF!"; an error inside a
 * range is #VALUE! "<param> contains an error at position k"; EACH keeps it to its element.
 */
import { rejectErrorArguments } from "../../functions/error-arguments";
import { excelFunction } from "../../functions/register";
import { excelErrorText } from "../../src/engine/validate";
import { sheetFunctionByName } from "../../src/sheet-functions";

const invocation = { address: "Sheet1!B2" };
/** As Excel calls: every declared parameter (null where omitted), then the Invocation object. */
function call(name: string, ...args: unknown[]): unknown {
  const fn = sheetFunctionByName.get(name)!;
  const padded = [...args];
  while (padded.length < fn.params.length) padded.push(null);
  return excelFunction(fn)(...padded, invocation);
}

/** Both shapes Excel may pass for one error (which one it uses only real Excel shows). */
const cfError = (code: string) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
const cellError = (errorType: string) => ({ type: "Error", errorType });

function thrown(f: () => unknown): any {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("what an error value stands for (src/engine/validate.ts excelErrorText)", () => {
  it.each([
    [cfError("#DIV/0!"), "#DIV/0!"],
    [{ code: "#REF!" }, "#REF!"],
    [cellError("Div0"), "#DIV/0!"],
    [cellError("NotAvailable"), "#N/A"],
    [cellError("Ref"), "#REF!"],
    [cellError("Name"), "#NAME?"],
    [cellError("Null"), "#NULL!"],
    [cellError("Spill"), "#SPILL!"],
    [{ type: "Error", basicValue: "#CALC!", errorType: "Calc" }, "#CALC!"],
    [cellError("SomethingNew"), "#UNKNOWN!"], // an error all the same
    ["#N/A", "#N/A"],
  ])("%j → %s", (v, text) => expect(excelErrorText(v)).toBe(text));

  it.each([
    [5],
    ["abc"],
    [null],
    [[["#N/A"]]],
    [{ code: "ENOENT" }],
    [{ type: "Entity" }],
    [new Error("x")],
  ])("%j is not an error value", (v) => expect(excelErrorText(v)).toBeUndefined());
});

describe("a clause function given an error in a single-value argument", () => {
  const hz = (v: unknown) => thrown(() => call("HZ_SCENARIO_AWARD", v));

  it("re-raises #DIV/0!, #NUM! and #NULL! with their own code (Excel shows no message for them)", () => {
    for (const [v, code] of [
      [cfError("#DIV/0!"), "#DIV/0!"],
      [cellError("Div0"), "#DIV/0!"],
      [cfError("#NUM!"), "#NUM!"],
      [cellError("Null"), "#NULL!"],
    ] as const) {
      const e = hz(v);
      expect(e).toBeInstanceOf(CustomFunctions.Error);
      expect(e.code).toBe(code);
      expect(e.message ?? "").toBe("");
    }
  });

  it("re-raises #N/A and #VALUE! with a message naming the parameter", () => {
    expect(hz(cellError("NotAvailable"))).toMatchObject({
      code: "#N/A",
      message: "actual_investment is #N/A",
    });
    expect(hz(cfError("#VALUE!"))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment is #VALUE!",
    });
  });

  it("turns errors a custom function cannot return into #VALUE! saying which", () => {
    expect(hz(cellError("Ref"))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment is #REF!",
    });
    expect(hz(cfError("#NAME?"))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment is #NAME?",
    });
    expect(hz(cellError("Spill"))).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment is #SPILL!",
    });
  });

  it("takes the error before any other check, whatever else is wrong", () => {
    // HLJ_DATA_VOUCHER(purchase, received): "abc" would be "purchase must be a number", but the #DIV/0! wins
    const e = thrown(() => call("HLJ_DATA_VOUCHER", "abc", cfError("#DIV/0!")));
    expect(e.code).toBe("#DIV/0!");
  });

  it("text that looks like an error is text", () => {
    expect(hz("#N/A")).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment must be a number",
    });
  });
});

describe("errors inside ranges are the function's to report", () => {
  it("a clause range argument: #VALUE! naming the position", () => {
    // HLJ_FIRST_SET_AWARD(unit_prices): the second cell is #DIV/0!
    expect(
      thrown(() => call("HLJ_FIRST_SET_AWARD", [[600_000], [cellError("Div0")]]))
    ).toMatchObject({
      code: "#VALUE!",
      message: "unit_prices contains an error at position 2",
    });
  });

  it("STACK names the row", () => {
    const ids = [["HZ_SCENARIO_AWARD"], [cellError("Ref")]];
    expect(thrown(() => call("STACK", ids, [[1], [2]]))).toMatchObject({
      code: "#VALUE!",
      message: "ids contains an error at position 2",
    });
    expect(
      thrown(() =>
        call("STACK", [["HZ_SCENARIO_AWARD"], ["HZ_SCENARIO_AWARD"]], [[1], [cfError("#N/A")]])
      )
    ).toMatchObject({ code: "#VALUE!", message: "awards contains an error at position 2" });
  });

  it("EACH keeps the error to its element, with the element's own code", () => {
    // HZ_SCENARIO_AWARD down [1,000,000; #DIV/0!; #REF!; 6,000,000]: 500,000; #DIV/0!; #VALUE!; cap 2,000,000
    const out = call("EACH", "HZ_SCENARIO_AWARD", [
      [[1_000_000], [cellError("Div0")], [cfError("#REF!")], [6_000_000]],
    ]) as unknown[][];
    expect(out[0][0]).toBe(500_000);
    expect(out[1][0]).toBeInstanceOf(CustomFunctions.Error);
    expect(out[1][0]).toMatchObject({ code: "#DIV/0!" });
    expect(out[2][0]).toMatchObject({ code: "#VALUE!", message: "actual_investment is #REF!" });
    expect(out[3][0]).toBe(2_000_000);
  });
});

describe("the utility functions' single-value parameters follow the same rule", () => {
  it("IN_FORCE, CLAUSE, EACH's and EXPLAIN's function_name", () => {
    expect(thrown(() => call("IN_FORCE", "HZ-HUMANOID", cellError("NotAvailable")))).toMatchObject({
      code: "#N/A",
      message: "date is #N/A",
    });
    expect(thrown(() => call("CLAUSE", cfError("#REF!"), "quote"))).toMatchObject({
      code: "#VALUE!",
      message: "id is #REF!",
    });
    expect(thrown(() => call("EACH", cellError("Div0"), [[[1]]])).code).toBe("#DIV/0!");
    expect(thrown(() => call("EXPLAIN", cfError("#NUM!"), [[[1]]])).code).toBe("#NUM!");
  });

  it("EXPLAIN reports an error value among the clause's arguments in its rows", () => {
    // args is a range parameter, so the error reaches the engine: the Error row carries the code
    const rows = call("EXPLAIN", "HZ_SCENARIO_AWARD", [[[cellError("Div0")]]]) as unknown[][];
    expect(rows).toEqual([
      ["Error", "#DIV/0!"],
      ["Message", "actual_investment is #DIV/0!"],
    ]);
  });

  it("range parameters and arguments past the declared ones are left to the function", () => {
    const stack = sheetFunctionByName.get("STACK")!;
    expect(() => rejectErrorArguments(stack, [[[cellError("Ref")]], [[1]]])).not.toThrow();
    const hz = sheetFunctionByName.get("HZ_SCENARIO_AWARD")!;
    expect(() => rejectErrorArguments(hz, [1, 2, cellError("Ref")])).not.toThrow();
  });
});

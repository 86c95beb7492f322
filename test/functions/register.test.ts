/** The Excel face: what Excel calls, how engine errors become CustomFunctions.Error. */
import { excelFunction, registerAll, toInvokeArgs } from "../../functions/register";
import { sheetFunctionByName, sheetFunctions } from "../../src/sheet-functions";
import type { SheetFunction } from "../../src/sheet-functions/types";

const hz = sheetFunctionByName.get("HZ_SCENARIO_AWARD")!;
const invocation = { address: "Sheet1!B2" }; // Excel appends an Invocation object after the declared arguments

function thrown(f: () => unknown): any {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("custom functions registration", () => {
  it("registers every sheet function once under its own id", () => {
    const ids: string[] = [];
    registerAll(sheetFunctions, (id) => ids.push(id));
    expect(ids).toEqual(sheetFunctions.map((f) => f.name));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("ignores the Invocation object Excel appends", () => {
    expect(excelFunction(hz)(1_500_000, invocation)).toBe(750_000); // 1,500,000 × 50%
  });

  it("#VALUE! carries the engine's message naming the parameter", () => {
    const e = thrown(() => excelFunction(hz)("abc", invocation));
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    expect(e).toMatchObject({ code: "#VALUE!", message: "actual_investment must be a number" });
  });

  it("#NUM! is raised without a message (Excel shows none for it)", () => {
    const e = thrown(() => excelFunction(hz)(Infinity, invocation));
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    expect(e.code).toBe("#NUM!");
  });

  it("EACH shows a bad element's error in that element only, as a CustomFunctions.Error", () => {
    const each = sheetFunctionByName.get("EACH")!;
    // Excel passes the repeating `args` as one array of arguments, each a 2-D range here.
    const out = excelFunction(each)(
      "HZ_SCENARIO_AWARD",
      [[[1_000_000], ["abc"]]],
      invocation
    ) as unknown[][];
    expect(out[0][0]).toBe(500_000); // 1,000,000 × 50%
    expect(out[1][0]).toBeInstanceOf(CustomFunctions.Error);
    expect(out[1][0]).toMatchObject({
      code: "#VALUE!",
      message: "actual_investment must be a number",
    });
  });

  it("spreads a repeating last parameter into the engine's argument list", () => {
    const fn: SheetFunction = {
      name: "X",
      params: [
        { name: "a", label: { en: "", zh: "" }, optional: false },
        {
          name: "rest",
          label: { en: "", zh: "" },
          optional: true,
          repeating: true,
        },
      ],
      result: { type: "any", dimensionality: "scalar" },
      invoke: (args) => args,
      helpAnchor: "X",
    };
    expect(toInvokeArgs(fn, ["f", [1, 2, 3], invocation])).toEqual(["f", 1, 2, 3]);
  });
});

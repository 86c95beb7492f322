/**
 * The bad-input matrix (spec §2.4): every clause function × every parameter × every kind of bad value,
 * generated from the function's ParamSpec (kind, required, max, min, codes), the other arguments taken
 * from its first worked example with a numeric result. Each case must give the error code and message
 * pattern of §2.4 — through calculate (the engine) and through the Excel face (CustomFunctions.Error) —
 * and never a number. Error values as arguments (Excel passes them: functions.json sets
 * allowErrorForDataTypeAny) are re-raised with their own code where a custom function may return one.
 */
import { excelFunction } from "../../functions/register";
import { type ClauseFunction, type ParamSpec, clauses } from "../../src";
import { calculate, sheetFunctionByName } from "../../src/sheet-functions";

type Code = "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!" | "#NULL!";
interface Case {
  fn: string;
  param: string;
  situation: string;
  value: unknown;
  code: Code;
  message: RegExp;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TOO_LARGE = 10_000_000_000_001;
/** An Excel error value inside a range, as the runtime hands it over (an Error object with a code). */
const excelError = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);

/**
 * Error values for a single-value parameter (functions.json sets allowErrorForDataTypeAny), in both shapes
 * Excel may pass them, with what the user sees: the same error where a custom function may return it,
 * #VALUE! "<param> is #REF!" where not (#REF! and #NAME? are input-only errors).
 */
const ERROR_VALUES: readonly { text: string; errorType: string; code: Code }[] = [
  { text: "#DIV/0!", errorType: "Div0", code: "#DIV/0!" },
  { text: "#N/A", errorType: "NotAvailable", code: "#N/A" },
  { text: "#NUM!", errorType: "Num", code: "#NUM!" },
  { text: "#NULL!", errorType: "Null", code: "#NULL!" },
  { text: "#VALUE!", errorType: "Value", code: "#VALUE!" },
  { text: "#REF!", errorType: "Ref", code: "#VALUE!" },
  { text: "#NAME?", errorType: "Name", code: "#VALUE!" },
];

/** §2.4's message patterns for parameter `p`. */
const msg = (p: ParamSpec) => {
  const n = esc(p.name);
  return {
    required: new RegExp(`^${n} is required$`),
    number: new RegExp(`^${n} must be a number$`),
    negative: new RegExp(`^${n} must not be negative$`),
    oneOf: new RegExp(`^${n} must be one of: ${esc((p.codes ?? [])[0]?.value ?? "")}`),
    boolean: new RegExp(`^${n} must be TRUE or FALSE`),
    finite: new RegExp(`^${n} must be a finite number$`),
    rate: new RegExp(`^${n} must be between 0 and 1 \\(e\\.g\\. 0\\.3 for 30%\\)$`),
    policyMax: new RegExp(`^${n} exceeds the policy maximum of ${esc(String(p.max))}$`),
    whole: new RegExp(`^${n} must be a whole number ≥ \\d+$`),
    tooLarge: new RegExp(`^${n} is too large.*\\(at most 10,000,000,000,000\\)$`),
    invalidAt: (k: number) => new RegExp(`^${n} contains an invalid value at position ${k}$`),
    errorAt: (k: number) => new RegExp(`^${n} contains an error at position ${k}$`),
    single: new RegExp(`^${n} must be a single value, not a range$`),
  };
};

/** The bad values for one parameter and what §2.4 says each gives. */
function casesFor(p: ParamSpec): Omit<Case, "fn" | "param">[] {
  const m = msg(p);
  const out: Omit<Case, "fn" | "param">[] = [];
  const add = (situation: string, value: unknown, code: Code, message: RegExp) =>
    out.push({ situation, value, code, message });

  if (p.required) {
    add("blank (empty string)", "", "#VALUE!", m.required);
    add("blank (null)", null, "#VALUE!", m.required);
  }
  if (p.kind !== "amounts") {
    const is = (text: string) => new RegExp(`^${esc(p.name)} is ${esc(text)}$`);
    for (const e of ERROR_VALUES) {
      add(`${e.text} as a CustomFunctions.Error`, { code: e.text }, e.code, is(e.text));
      add(
        `${e.text} as an Excel.ErrorCellValue`,
        { type: "Error", errorType: e.errorType },
        e.code,
        is(e.text)
      );
    }
    add(
      "#SPILL! in a 1×1 range",
      [[{ type: "Error", errorType: "Spill" }]],
      "#VALUE!",
      is("#SPILL!")
    );
  }
  switch (p.kind) {
    case "amount":
    case "quantity":
    case "rate":
    case "count":
    case "yearIndex": {
      add("text", "abc", "#VALUE!", m.number);
      add('numeric-looking text "123"', "123", "#VALUE!", m.number);
      add("TRUE", true, "#VALUE!", m.number);
      add("NaN", NaN, "#NUM!", m.finite);
      add("+Infinity", Infinity, "#NUM!", m.finite);
      add("-Infinity", -Infinity, "#NUM!", m.finite);
      add("a range where one value is expected", [[1], [2]], "#VALUE!", m.single);
      if (p.kind === "rate") {
        add("negative", -0.1, "#NUM!", m.rate);
        add("rate above 1", 1.5, "#NUM!", m.rate);
        if (p.max !== undefined && p.max < 1)
          add("rate above the policy maximum", Math.min(1, p.max + 0.01), "#NUM!", m.policyMax);
      } else if (p.kind === "yearIndex") {
        add("negative", -1, "#NUM!", m.whole);
        add("zero (a year index is ≥ 1)", 0, "#NUM!", m.whole);
        add("not a whole number", 1.5, "#NUM!", m.whole);
        add("above 10,000,000,000,000", TOO_LARGE, "#NUM!", m.tooLarge);
      } else if (p.kind === "count") {
        add("negative", -1, "#VALUE!", m.negative);
        add("not a whole number", (p.min ?? 0) + 1.5, "#NUM!", m.whole);
        add("above 10,000,000,000,000", TOO_LARGE, "#NUM!", m.tooLarge);
      } else {
        add("negative", -1, "#VALUE!", m.negative);
        add("above 10,000,000,000,000", TOO_LARGE, "#NUM!", m.tooLarge);
      }
      break;
    }
    case "code":
      add("text that is not a code", "abc", "#VALUE!", m.oneOf);
      add("unknown code", "NOT_A_CODE", "#VALUE!", m.oneOf);
      add('numeric-looking text "123"', "123", "#VALUE!", m.oneOf);
      add("TRUE", true, "#VALUE!", m.oneOf);
      add("a number", 1, "#VALUE!", m.oneOf);
      add("negative", -1, "#VALUE!", m.oneOf);
      add("NaN", NaN, "#VALUE!", m.oneOf);
      add("+Infinity", Infinity, "#VALUE!", m.oneOf);
      break;
    case "boolean":
      add("text", "abc", "#VALUE!", m.boolean);
      add('numeric-looking text "123"', "123", "#VALUE!", m.boolean);
      add("a number other than 1 / 0", 2, "#VALUE!", m.boolean);
      add("negative", -1, "#VALUE!", m.boolean);
      add("NaN", NaN, "#VALUE!", m.boolean);
      add("+Infinity", Infinity, "#VALUE!", m.boolean);
      break;
    case "amounts":
      // A range of amounts: the offending cell is named by its position (row-major, from 1).
      add("a range containing text", [[1_000_000], ["abc"]], "#VALUE!", m.invalidAt(2));
      add('a range containing numeric-looking text "123"', [["123"]], "#VALUE!", m.invalidAt(1));
      add("a range containing TRUE", [[1_000_000, true]], "#VALUE!", m.invalidAt(2));
      add(
        "a range containing a negative amount",
        [[1_000_000], [""], [-5]],
        "#VALUE!",
        m.invalidAt(3)
      );
      add("a range containing NaN", [[NaN]], "#VALUE!", m.invalidAt(1));
      add("a range containing +Infinity", [[1], [Infinity]], "#VALUE!", m.invalidAt(2));
      add("a range containing -Infinity", [[-Infinity]], "#VALUE!", m.invalidAt(1));
      add(
        "a range containing an amount above 10,000,000,000,000",
        [[1], [TOO_LARGE]],
        "#NUM!",
        m.tooLarge
      );
      add(
        "a range containing an Excel error value",
        [[1_000_000], [excelError()]],
        "#VALUE!",
        m.errorAt(2)
      );
      add('a range containing an error as text ("#N/A")', [["#N/A"]], "#VALUE!", m.errorAt(1));
      add("text instead of a range", "abc", "#VALUE!", m.invalidAt(1));
      break;
  }
  return out;
}

/** Valid arguments to start from: the first worked example with a numeric result. */
function validArgs(fn: ClauseFunction): unknown[] {
  const ex = fn.examples.find((e) => typeof e.expect === "number");
  if (!ex) throw new Error(`${fn.name} has no worked example with a numeric result`);
  return ex.args.slice();
}

const fns = clauses.filter((c) => c.fn).map((c) => c.fn!);
const table: Case[] = fns.flatMap((fn) =>
  fn.params.flatMap((p) => casesFor(p).map((c) => ({ fn: fn.name, param: p.name, ...c })))
);

function argsWith(fnName: string, param: string, value: unknown): unknown[] {
  const fn = fns.find((f) => f.name === fnName)!;
  const args = validArgs(fn);
  const i = fn.params.findIndex((p) => p.name === param);
  while (args.length <= i) args.push(undefined);
  args[i] = value;
  return args;
}

function outcome(f: () => unknown): { value?: unknown; error?: { code: string; message: string } } {
  try {
    return { value: f() };
  } catch (e) {
    return { error: e as { code: string; message: string } };
  }
}

describe("bad input (spec §2.4), every clause function × parameter × bad value", () => {
  it("starts from valid arguments: each function's example gives a number", () => {
    for (const fn of fns)
      expect([fn.name, typeof calculate(fn.name, validArgs(fn))]).toEqual([fn.name, "number"]);
  });

  it(`covers every parameter of every clause function (${table.length} cases)`, () => {
    const covered = new Set(table.map((c) => `${c.fn}.${c.param}`));
    const all = fns.flatMap((fn) => fn.params.map((p) => `${fn.name}.${p.name}`));
    expect(all.filter((k) => !covered.has(k))).toEqual([]);
    for (const kind of ["amount", "rate", "code", "amounts"])
      expect(
        table.some(
          (c) =>
            fns.find((f) => f.name === c.fn)!.params.find((p) => p.name === c.param)!.kind === kind
        )
      ).toBe(true);
  });

  it.each(table.map((c) => [`${c.fn}(${c.param} = ${c.situation})`, c] as const))(
    "%s",
    (_title, c) => {
      const args = argsWith(c.fn, c.param, c.value);
      // The engine: an error with the code and message of §2.4, never a number.
      const engine = outcome(() => calculate(c.fn, args));
      expect(engine.value).toBeUndefined();
      expect(engine.error).toMatchObject({ code: c.code });
      expect(engine.error!.message).toMatch(c.message);
      // Excel: a CustomFunctions.Error with that code; #VALUE! and #N/A carry the message (Excel shows
      // none for the others).
      const excel = outcome(() =>
        excelFunction(sheetFunctionByName.get(c.fn)!)(...args, { address: "Sheet1!A1" })
      );
      expect(excel.error).toBeInstanceOf(CustomFunctions.Error);
      expect(excel.error).toMatchObject({ code: c.code });
      if (c.code === "#VALUE!" || c.code === "#N/A")
        expect(excel.error!.message).toMatch(c.message);
      else expect(excel.error!.message ?? "").toBe("");
    }
  );
});

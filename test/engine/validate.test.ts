import {
  amount,
  amounts,
  code,
  count,
  flag,
  rate,
  yearIndex,
} from "../../src/policies/builders/params";
import { tooManyArguments } from "../../src/engine/messages";
import { argumentValidator, coerceArg, excelTrim, isExcelError } from "../../src/engine/validate";

const t = { en: "", zh: "" };
function fails(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected an error, got a value");
}

describe("the spec §2.4 error contract, parameter by parameter", () => {
  const money = amount("loan_amount", t);
  const optMoney = amount("received_to_date", t, { default: 0 });
  const r = rate("rate", t, { default: 0.3, max: 0.3 });
  const grade = code("grade", t, [
    { value: "EXCELLENT", aliases: ["优秀"], label: t },
    { value: "GOOD", aliases: ["良好"], label: t },
  ]);

  it.each([[undefined], [null], [""]])(
    "required argument %p → #VALUE! '<param> is required'",
    (v) => {
      expect(fails(() => coerceArg(money, v))).toMatchObject({
        code: "#VALUE!",
        message: "loan_amount is required",
      });
    }
  );
  it.each([[undefined], [null], [""]])("optional argument %p → its default", (v) => {
    expect(coerceArg(optMoney, v)).toBe(0);
    expect(coerceArg(r, v)).toBe(0.3);
  });
  it.each([["abc"], ["123"], [true], [false]])(
    "text, numeric-looking text or a boolean %p → #VALUE! must be a number",
    (v) => {
      expect(fails(() => coerceArg(money, v))).toMatchObject({
        code: "#VALUE!",
        message: "loan_amount must be a number",
      });
    }
  );
  it("negative amount → #VALUE! must not be negative", () => {
    expect(fails(() => coerceArg(money, -1))).toMatchObject({
      code: "#VALUE!",
      message: "loan_amount must not be negative",
    });
    expect(fails(() => coerceArg(optMoney, -0.01))).toMatchObject({
      code: "#VALUE!",
      message: "received_to_date must not be negative",
    });
  });
  it.each([[NaN], [Infinity], [-Infinity]])("%p → #NUM! must be a finite number", (v) => {
    expect(fails(() => coerceArg(money, v))).toMatchObject({
      code: "#NUM!",
      message: "loan_amount must be a finite number",
    });
  });
  it("an amount above 10 trillion → #NUM! too large; 10 trillion itself is accepted", () => {
    expect(coerceArg(money, 10_000_000_000_000)).toBe(10_000_000_000_000);
    expect(fails(() => coerceArg(money, 10_000_000_000_000.01))).toMatchObject({
      code: "#NUM!",
      message: "loan_amount is too large (at most 10,000,000,000,000)",
    });
  });
  it("a rate outside [0, 1] → #NUM!; above the policy maximum → #NUM! naming it", () => {
    expect(fails(() => coerceArg(rate("rate", t), 1.5))).toMatchObject({
      code: "#NUM!",
      message: "rate must be between 0 and 1 (e.g. 0.3 for 30%)",
    });
    expect(fails(() => coerceArg(rate("rate", t), -0.1))).toMatchObject({ code: "#NUM!" });
    expect(fails(() => coerceArg(r, 0.35))).toMatchObject({
      code: "#NUM!",
      message: "rate exceeds the policy maximum of 0.3",
    });
    expect(coerceArg(r, 0.3)).toBe(0.3); // 「不超过30%」 includes 30%
  });
  it("codes are trimmed, case-insensitive and accept Chinese aliases; unknown → #VALUE! listing them", () => {
    expect(coerceArg(grade, " excellent ")).toBe("EXCELLENT");
    expect(coerceArg(grade, "优秀")).toBe("EXCELLENT");
    expect(fails(() => coerceArg(grade, "EXCELENT"))).toMatchObject({
      code: "#VALUE!",
      message: "grade must be one of: EXCELLENT, GOOD, 优秀, 良好",
    });
    expect(fails(() => coerceArg(grade, 1))).toMatchObject({ code: "#VALUE!" });
  });
  it("codes are trimmed as Excel's TRIM does (the twins' UPPER(TRIM(…))): ASCII spaces only", () => {
    expect(excelTrim("  a   b  ")).toBe("a b"); // ends off, the inner run of three down to one
    expect(excelTrim("\u3000a\u00a0\t")).toBe("\u3000a\u00a0\t"); // ideographic, no-break, tab kept
    expect(coerceArg(grade, "  excellent ")).toBe("EXCELLENT");
    const level = code("level", t, [{ value: "A", aliases: ["FIRST CLASS"], label: t }]);
    expect(coerceArg(level, " first   class ")).toBe("A");
    for (const padded of [
      "EXCELLENT\u3000",
      "\u3000EXCELLENT",
      "\u00a0EXCELLENT",
      "\tGOOD",
      "GOOD\n",
    ])
      expect(fails(() => coerceArg(grade, padded))).toMatchObject({ code: "#VALUE!" });
  });
  it("counts: negative → #VALUE!, fractional → #NUM!; a year index below 1 → #NUM!", () => {
    const n = count("count", t, { default: 1 });
    expect(coerceArg(n, 0)).toBe(0);
    expect(fails(() => coerceArg(n, -1))).toMatchObject({
      code: "#VALUE!",
      message: "count must not be negative",
    });
    expect(fails(() => coerceArg(n, 1.5))).toMatchObject({
      code: "#NUM!",
      message: "count must be a whole number ≥ 0",
    });
    expect(fails(() => coerceArg(yearIndex("year_index", t, { default: 1 }), 0))).toMatchObject({
      code: "#NUM!",
      message: "year_index must be a whole number ≥ 1",
    });
  });
  it("booleans accept TRUE/FALSE and 1/0 only", () => {
    const b = flag("national_matching_required", t, { default: false });
    expect(coerceArg(b, true)).toBe(true);
    expect(coerceArg(b, 0)).toBe(false);
    expect(fails(() => coerceArg(b, "yes"))).toMatchObject({ code: "#VALUE!" });
    expect(fails(() => coerceArg(b, 2))).toMatchObject({ code: "#VALUE!" });
  });
  it("ranges: flattened row-major, blanks skipped, text or errors named by position", () => {
    const prices = amounts("unit_prices", t);
    expect(coerceArg(prices, [[1], [null], [""], [2]])).toEqual([1, 2]);
    expect(coerceArg(prices, [[null, ""]])).toEqual([]); // a range of blank cells has no items (spec §2.5)
    expect(fails(() => coerceArg(prices, ""))).toMatchObject({
      code: "#VALUE!",
      message: "unit_prices is required",
    });
    expect(fails(() => coerceArg(prices, undefined))).toMatchObject({
      code: "#VALUE!",
      message: "unit_prices is required",
    });
    expect(fails(() => coerceArg(prices, [[1, "x"]]))).toMatchObject({
      code: "#VALUE!",
      message: "unit_prices contains an invalid value at position 2",
    });
    expect(fails(() => coerceArg(prices, [[1], [-5]]))).toMatchObject({
      message: "unit_prices contains an invalid value at position 2",
    });
    expect(fails(() => coerceArg(prices, [[true]]))).toMatchObject({
      message: "unit_prices contains an invalid value at position 1",
    });
    expect(fails(() => coerceArg(prices, [[1], [{ code: "#N/A" }]]))).toMatchObject({
      code: "#VALUE!",
      message: "unit_prices contains an error at position 2",
    });
  });
  it("recognises Excel error values in the forms hosts pass them", () => {
    expect(isExcelError(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero))).toBe(
      true
    );
    expect(isExcelError({ type: "Error", errorType: "Div0" })).toBe(true); // Excel.ErrorCellValue
    expect(isExcelError("#DIV/0!")).toBe(true);
    expect(isExcelError("#hashtag")).toBe(false);
    expect(isExcelError(5)).toBe(false);
    // other objects are not errors: a plain Error, an entity or a formatted number value
    expect(isExcelError(new Error("x"))).toBe(false);
    expect(isExcelError({ type: "Entity", text: "x" })).toBe(false);
    expect(isExcelError({ type: "FormattedNumber", basicValue: 5 })).toBe(false);
  });
});

describe("argumentValidator: the prepared per-record check agrees with coerceArg on every input", () => {
  const params = [
    amount("base", t),
    amount("received_to_date", t, { default: 0 }),
    amount("cap", t, { optional: true }),
    rate("rate", t, { default: 0.3, max: 0.3 }),
    amounts("prices", t),
    count("count", t, { min: 1, default: 1 }),
    yearIndex("year_index", t, { default: 1 }),
    flag("barred", t, { default: false }),
    code("grade", t, [{ value: "GOOD", aliases: ["良好"], label: t }], { default: "GOOD" }),
  ];
  const validate = argumentValidator(params);
  const outcome = (f: () => unknown) => {
    try {
      return { value: f() };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  const inputs: unknown[] = [
    undefined,
    null,
    "",
    0,
    -0,
    1,
    0.3,
    0.30000000000000004,
    0.31,
    2,
    1.5,
    -1,
    NaN,
    Infinity,
    10_000_000_000_000,
    10_000_000_000_000.01,
    "abc",
    "良好",
    "good",
    true,
    false,
    [[5]],
    [[1, 2]],
    { type: "Error", errorType: "Div0" },
  ];
  it.each(params.map((p, i) => [p.name, i] as const))(
    "%s: every input, alone, as coerceArg decides",
    (_n, i) => {
      for (const v of inputs) {
        const raw = params.map((_, j) =>
          j === i ? v : j === 0 ? 100 : j === 4 ? [[1]] : undefined
        );
        const expected = outcome(() => params.map((p, j) => coerceArg(p, raw[j])));
        expect(outcome(() => validate(raw))).toEqual(expected);
      }
    }
  );
  it("too many arguments → #VALUE! saying how many the function takes (9)", () => {
    const raw = [...params.map(() => undefined), 1];
    expect(outcome(() => validate(raw))).toEqual({ error: tooManyArguments(params.length) });
  });
});

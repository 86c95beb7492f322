import { catalog, evaluate } from "../../../src";
import { initialValues, runCalculation, toRawArgs } from "../../../taskpane/calculator/form";
import { parseEntry } from "../../../taskpane/parse";

const rd = catalog.functionByName.get("HLJ_RD_SUBSIDY")!.fn;

describe("parseEntry: what a typed entry means", () => {
  it.each([
    ["1,500,000", 1_500_000],
    ["1500000", 1_500_000],
    [" 8,000,000.50 ", 8_000_000.5],
    ["0.02", 0.02],
    [".5", 0.5],
    ["-3", -3],
    ["30%", 0.3],
    ["1e6", 1_000_000],
    ["１，５００", 1500],
  ])("%j → %p", (text, n) => expect(parseEntry(text)).toBe(n));

  it("an empty entry is omitted", () => {
    expect(parseEntry("")).toBeUndefined();
    expect(parseEntry("   ")).toBeUndefined();
  });

  it("anything else stays text, so the engine can say it must be a number", () => {
    expect(parseEntry("abc")).toBe("abc");
    expect(parseEntry("1,5")).toBe("1,5");
    expect(parseEntry("12,34,567")).toBe("12,34,567");
    expect(parseEntry("%")).toBe("%");
  });
});

describe("the calculator form", () => {
  it("pre-fills defaults and leaves required fields empty", () => {
    expect(initialValues(rd)).toEqual({
      rd_last_year: "",
      rd_prior_year: "",
      base_stock_ratio: "",
      base_increment_ratio: "",
      received_to_date: "0",
      stock_basis: "SPLIT",
      base_annual_cap: "",
    });
  });

  it("gives the engine what Excel would: numbers, codes, omitted optionals", () => {
    const values = {
      ...initialValues(rd),
      rd_last_year: "8,000,000",
      rd_prior_year: "6000000",
      base_stock_ratio: "0.02",
      base_increment_ratio: "10%",
    };
    const args = toRawArgs(rd, values);
    expect(args).toEqual([8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", undefined]);
    expect(runCalculation(rd, args)).toMatchObject({ ok: true, award: 480_000 });
    expect(evaluate("HLJ_RD_SUBSIDY", args).award).toBe(480_000);
  });

  it("an empty required field gives the function's 'is required' message", () => {
    const outcome = runCalculation(rd, toRawArgs(rd, initialValues(rd)));
    expect(outcome).toEqual({
      ok: false,
      code: "#VALUE!",
      message: "rd_last_year is required",
      param: "rd_last_year",
    });
  });

  it("text in a number field gives 'must be a number'; a rate out of range gives #NUM!", () => {
    const base = {
      ...initialValues(rd),
      rd_last_year: "abc",
      rd_prior_year: "0",
      base_stock_ratio: "0.02",
      base_increment_ratio: "0.1",
    };
    expect(runCalculation(rd, toRawArgs(rd, base))).toMatchObject({
      ok: false,
      code: "#VALUE!",
      message: "rd_last_year must be a number",
    });
    const num = runCalculation(
      rd,
      toRawArgs(rd, { ...base, rd_last_year: "1", base_stock_ratio: "1.5" })
    );
    expect(num).toMatchObject({ ok: false, code: "#NUM!", param: "base_stock_ratio" });
  });

  it("a list of amounts becomes a column range; blank items are left out; an empty list is omitted", () => {
    const withAmounts = catalog.clauses.find((c) =>
      c.fn?.params.some((p) => p.kind === "amounts")
    )!.fn!;
    const p = withAmounts.params.find((x) => x.kind === "amounts")!;
    const i = withAmounts.params.indexOf(p);
    expect(
      toRawArgs(withAmounts, { ...initialValues(withAmounts), [p.name]: ["1,000", "", "2000"] })[i]
    ).toEqual([[1000], [2000]]);
    expect(
      toRawArgs(withAmounts, { ...initialValues(withAmounts), [p.name]: [""] })[i]
    ).toBeUndefined();
  });

  it("a boolean parameter is a flag", () => {
    const withFlag = catalog.clauses.find((c) =>
      c.fn?.params.some((p) => p.kind === "boolean")
    )?.fn;
    if (!withFlag) return; // the catalog may hold no boolean parameter
    const p = withFlag.params.find((x) => x.kind === "boolean")!;
    expect(
      toRawArgs(withFlag, { ...initialValues(withFlag), [p.name]: true })[
        withFlag.params.indexOf(p)
      ]
    ).toBe(true);
  });
});

describe("runCalculation: readings beside the award (spec Revision 2)", () => {
  it("carries the engine's alternative readings and remarks", () => {
    // SPLIT 480,000 (spec §5.1 ex. 1); TOTAL: (8,000,000 × 0.02 + 2,000,000 × 0.10) × 1.5 = 540,000
    const out = runCalculation(rd, [8_000_000, 6_000_000, 0.02, 0.1]);
    expect(out).toMatchObject({
      ok: true,
      award: 480_000,
      readings: {
        remarks: [],
        alternatives: [
          { param: "stock_basis", value: "TOTAL", outcome: { ok: true, award: 540_000 } },
        ],
      },
    });
  });
  it("an error carries no readings", () => {
    expect(runCalculation(rd, [])).toEqual(
      expect.not.objectContaining({ readings: expect.anything() })
    );
  });
});

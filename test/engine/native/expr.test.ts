import { add, call, compare, mul, num, ref, sumproduct } from "../../../src/engine/native/expr";

describe("sumproduct", () => {
  // Excel's SUMPRODUCT treats every non-numeric array entry as 0, TRUE included: SUMPRODUCT(R>5) over
  // 4, 6, 8 is 0 in Excel (2 in HyperFormula and LibreOffice), so a count of TRUEs needs the *1.
  it("multiplies a comparison by 1, so Excel counts its TRUEs", () => {
    expect(sumproduct(compare(ref("A1:A3"), ">", num(5))).text).toBe("SUMPRODUCT((A1:A3>5)*1)");
  });

  it("does the same for an IS function over a range", () => {
    expect(sumproduct(call("ISTEXT", [ref("A1:A3")])).text).toBe("SUMPRODUCT(ISTEXT(A1:A3)*1)");
  });

  it("leaves arithmetic alone: a mask times the amounts, or a sum of masks, is already numeric", () => {
    const mask = compare(ref("A1:A3"), ">=", num(5));
    expect(sumproduct(mul(mask, ref("A1:A3"))).text).toBe("SUMPRODUCT((A1:A3>=5)*A1:A3)");
    expect(sumproduct(add(mask, call("ISTEXT", [ref("A1:A3")]))).text).toBe(
      "SUMPRODUCT((A1:A3>=5)+ISTEXT(A1:A3))"
    );
  });
});

describe("literals are decided when the formula is written", () => {
  // LibreOffice Calc 7 gives AND(ISNUMBER(0),NOT(ISLOGICAL(0))) = FALSE (ISLOGICAL of a literal after a
  // logical result), so a guard over a literal argument must not reach the host.
  it("ISNUMBER, ISLOGICAL and ISTEXT of a literal", () => {
    expect(call("ISNUMBER", [num(0)]).text).toBe("TRUE");
    expect(call("ISLOGICAL", [num(0)]).text).toBe("FALSE");
    expect(call("ISNUMBER", [num(-5)]).text).toBe("TRUE");
    expect(call("ISTEXT", [ref('"abc"')]).text).toBe("TRUE");
    expect(call("ISLOGICAL", [ref("TRUE")]).text).toBe("TRUE");
    expect(call("ISNUMBER", [ref("A1")]).text).toBe("ISNUMBER(A1)");
  });

  it("a comparison of two numbers, or of a number with the empty text", () => {
    expect(compare(num(0), ">=", num(0)).text).toBe("TRUE");
    expect(compare(num(0.5), "<=", num(0.3)).text).toBe("FALSE");
    expect(compare(num(10), "<>", num(10)).text).toBe("FALSE");
    expect(compare(num(0), "=", ref('""')).text).toBe("FALSE"); // 0="" is FALSE in Excel
    expect(compare(num(0), "<>", ref('""')).text).toBe("TRUE");
    expect(compare(ref("A1"), ">=", num(0)).text).toBe("A1>=0");
  });
});

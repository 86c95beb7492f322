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

import { formulaLiteral } from "../../src/format/formula-literal";

describe("formula literals", () => {
  it("numbers as Excel parses them", () => {
    expect(formulaLiteral(8_000_000)).toBe("8000000");
    expect(formulaLiteral(0.02)).toBe("0.02");
    // JavaScript writes 10^21 as "1e+21"; Excel's formula parser wants the exponent marker upper-case.
    expect(formulaLiteral(1e21)).toBe("1E+21");
    expect(formulaLiteral(-3)).toBe("-3");
  });

  it("text quoted with inner quotes doubled, booleans as TRUE/FALSE, omitted as nothing", () => {
    expect(formulaLiteral("SPLIT")).toBe('"SPLIT"');
    expect(formulaLiteral('A"B')).toBe('"A""B"');
    expect(formulaLiteral("")).toBe('""');
    expect(formulaLiteral(true)).toBe("TRUE");
    expect(formulaLiteral(false)).toBe("FALSE");
    expect(formulaLiteral(undefined)).toBe("");
    expect(formulaLiteral(null)).toBe("");
  });

  it("array constants: ',' between columns, ';' between rows; a flat list is a column", () => {
    expect(
      formulaLiteral([
        [1, 2],
        [3, 4],
      ])
    ).toBe("{1,2;3,4}");
    expect(formulaLiteral([[1], [2], [3]])).toBe("{1;2;3}");
    expect(formulaLiteral([1, 2, 3])).toBe("{1;2;3}");
    expect(formulaLiteral([["A", true]])).toBe('{"A",TRUE}');
  });
});

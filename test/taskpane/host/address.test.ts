import { columnName, ref as a1 } from "../../../src/format/a1";
import { formatRange, parseA1, parseAddress } from "../../../taskpane/host/address";

describe("A1 addresses", () => {
  it("column names", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("parse and format cells and ranges", () => {
    expect(parseA1("B2")).toEqual({ row: 1, col: 1 });
    expect(parseA1("$AA$10")).toEqual({ row: 9, col: 26 });
    expect(a1(9, 26)).toBe("AA10");
    expect(parseAddress("Sheet1!B2:D8")).toEqual({ sheet: "Sheet1", row: 1, col: 1 });
    expect(parseAddress("'Q1 plan''s'!C3")).toEqual({ sheet: "Q1 plan's", row: 2, col: 2 });
    expect(formatRange({ sheet: "Sheet1", row: 1, col: 3, rows: 8, cols: 3 })).toBe("Sheet1!D2:F9");
    expect(formatRange({ sheet: "Q1 plan", row: 0, col: 0, rows: 1, cols: 1 })).toBe(
      "'Q1 plan'!A1"
    );
  });

  it("rejects what is not an address", () => {
    expect(() => parseA1("B0")).toThrow();
    expect(() => parseA1("hello")).toThrow();
  });
});

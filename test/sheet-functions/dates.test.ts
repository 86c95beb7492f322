/** src/engine/dates.ts: Excel's 1900 date system, converted in one place (with its 1900 leap-year bug). */
import { coerceDate, isoToSerial, serialToIso } from "../../src/engine/dates";

describe("Excel serials ⇄ ISO dates", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"], // serial 60 is Excel's phantom 1900-02-29
    [36526, "2000-01-01"],
    [45658, "2025-01-01"],
    [46023, "2026-01-01"],
    [47483, "2029-12-31"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s, and back", (s, iso) => {
    expect(serialToIso(s)).toBe(iso);
    expect(isoToSerial(iso)).toBe(s);
  });
  it("serial 60 (1900-02-29, which never existed) is not a date, nor is 1900-02-29 as text", () => {
    expect(serialToIso(60)).toBeUndefined();
    expect(isoToSerial("1900-02-29")).toBeUndefined();
  });
  it("0, negatives, NaN and serials after 9999-12-31 are not dates", () => {
    for (const s of [0, -5, NaN, Infinity, 2958466]) expect(serialToIso(s)).toBeUndefined();
  });
  it("a time of day is dropped: 46023.75 is 2026-01-01", () => {
    expect(serialToIso(46023.75)).toBe("2026-01-01");
  });
  it("only real YYYY-MM-DD dates parse", () => {
    for (const s of [
      "2026-02-29",
      "2026-04-31",
      "2026-1-1",
      "2026/01/01",
      "1899-12-31",
      "20260101",
    ])
      expect(isoToSerial(s)).toBeUndefined();
    expect(isoToSerial("2028-02-29")).toBe(46812); // a leap year
    expect(isoToSerial(" 2026-01-01 ")).toBe(46023);
  });
  it("coerceDate names the parameter", () => {
    expect(coerceDate(46023, "date")).toBe("2026-01-01");
    expect(coerceDate([[" 2026-01-01 "]], "date")).toBe("2026-01-01");
    expect(() => coerceDate("x", "on")).toThrow(
      "on must be a date: an Excel date serial or YYYY-MM-DD text"
    );
    expect(() => coerceDate(null, "on")).toThrow("on is required");
  });
});

import {
  COUNT_FORMAT,
  QUANTITY_FORMAT,
  RATE_FORMAT,
  YUAN_FORMAT,
  formatNumber,
} from "../../src/format/number-formats";

describe("Excel number formats as the preview shows them", () => {
  it("the four formats the sheets write", () => {
    expect([YUAN_FORMAT, RATE_FORMAT, COUNT_FORMAT, QUANTITY_FORMAT]).toEqual([
      "#,##0.00",
      "0.00%",
      "0",
      "#,##0.##",
    ]);
  });

  it("yuan: grouped, always two decimals", () => {
    expect(formatNumber(480_000, YUAN_FORMAT)).toBe("480,000.00");
    // 1,234,567.891 → two decimals: .891 rounds to .89.
    expect(formatNumber(1_234_567.891, YUAN_FORMAT)).toBe("1,234,567.89");
  });

  it("rates: × 100 with two decimals and a percent sign", () => {
    expect(formatNumber(0.3, RATE_FORMAT)).toBe("30.00%"); // 0.3 × 100 = 30
    expect(formatNumber(0.035, RATE_FORMAT)).toBe("3.50%"); // 0.035 × 100 = 3.5
  });

  it("counts: whole, ungrouped (a year stays 2026)", () => {
    expect(formatNumber(2026, COUNT_FORMAT)).toBe("2026");
    expect(formatNumber(2.6, COUNT_FORMAT)).toBe("3");
  });

  it("quantities: grouped, up to two decimals, a whole number keeps its point as Excel shows it", () => {
    expect(formatNumber(1200, QUANTITY_FORMAT)).toBe("1,200.");
    expect(formatNumber(1234.5, QUANTITY_FORMAT)).toBe("1,234.5");
    // 12.375 is exact in binary; half away from zero at two decimals → 12.38.
    expect(formatNumber(12.375, QUANTITY_FORMAT)).toBe("12.38");
  });

  it("anything else is General: up to 11 significant digits", () => {
    expect(formatNumber(480_000, undefined)).toBe("480000");
    expect(formatNumber(1 / 3, "@")).toBe("0.33333333333"); // eleven 3s
  });
});

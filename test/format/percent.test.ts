import { percent, percentPoints } from "../../src/format/percent";

describe("percentages", () => {
  it("a decimal rate × 100, without float artefacts", () => {
    expect(percent(0.3)).toBe("30%");
    expect(percent(0.035)).toBe("3.5%"); // 0.035 × 100 is 3.5000000000000004 in binary
    expect(percent(0.07)).toBe("7%"); // 0.07 × 100 is 7.000000000000001 in binary
    expect(percent(1)).toBe("100%");
    expect(percent(0)).toBe("0%");
  });

  it("percentage points as a number, for prose that adds its own unit", () => {
    expect(percentPoints(0.5)).toBe(50); // HLJ's "raised by 50%": uplift 1.5 − 1 = 0.5
    expect(percentPoints(0.035)).toBe(3.5);
  });
});

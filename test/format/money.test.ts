import { grouped, millions, wan, yuan } from "../../src/format/money";

describe("amounts", () => {
  it("grouped: commas every three digits, a true minus sign", () => {
    expect(grouped(0)).toBe("0");
    expect(grouped(999)).toBe("999");
    expect(grouped(1000)).toBe("1,000");
    expect(grouped(1_234_567.5)).toBe("1,234,567.5");
    expect(grouped(-15_000)).toBe("−15,000");
  });

  it("grouped with a decimal limit: rounded, trailing zeros dropped", () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary; to 6 decimals 0.300000 → "0.3".
    expect(grouped(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(grouped(0.1 + 0.2, 6)).toBe("0.3");
    expect(grouped(0.035, 6)).toBe("0.035");
    expect(grouped(1_500_000, 6)).toBe("1,500,000");
    // 2,000,000 / 3 = 666,666.666666… → 666,666.666667 at 6 decimals.
    expect(grouped(2_000_000 / 3, 6)).toBe("666,666.666667");
  });

  it("万元 below a round 亿, 亿元 from a round million upwards of 100,000,000", () => {
    expect(wan(15_000_000)).toBe("1500万元"); // 15,000,000 / 10,000
    expect(wan(500_000)).toBe("50万元"); // 500,000 / 10,000
    expect(wan(100_000_000)).toBe("1亿元"); // 100,000,000 / 100,000,000
    expect(wan(150_000_000)).toBe("1.5亿元"); // 150,000,000 / 100,000,000
    // 123,456,789 is not a whole million: stays in 万元, 12,345.6789 → 12345.68 at the fen of 万.
    expect(wan(123_456_789)).toBe("12345.68万元");
    expect(wan(33_333_333.33)).toBe("3333.33万元"); // 3,333.333333 → 3333.33
  });

  it("millions: the English tier shorthand", () => {
    expect(millions(10_000_000)).toBe("10M"); // 10,000,000 / 1,000,000
    expect(millions(300_000_000)).toBe("300M");
    expect(millions(2_500_000)).toBe("2.5M");
    expect(millions(1_200_000_000)).toBe("1,200M");
  });

  it("yuan in English, and in Chinese with 万元 beside a whole-hundred amount from 10,000", () => {
    expect(yuan(15_000_000, "en")).toBe("15,000,000 yuan");
    expect(yuan(15_000_000, "zh")).toBe("15,000,000元（1500万元）");
    expect(yuan(9_900, "zh")).toBe("9,900元"); // below 10,000: no 万元
    expect(yuan(10_050, "zh")).toBe("10,050元"); // not a whole hundred: no 万元
    expect(yuan(200_000_000, "zh")).toBe("200,000,000元（2亿元）");
  });
});

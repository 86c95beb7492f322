/** How the reference writes money, rates, calls and constants. */
import { exampleCall } from "../../../scripts/docs/format";
import { constantRows } from "../../../src/format/constants";
import { yuan } from "../../../src/format/money";
import { percent } from "../../../src/format/percent";
import { documented } from "../../../src/policies/texts";

describe("formatting", () => {
  it("money, rates and formula literals", () => {
    expect(yuan(15_000_000, "en")).toBe("15,000,000 yuan");
    expect(yuan(15_000_000, "zh")).toBe("15,000,000元（1500万元）");
    expect(yuan(100_000_000, "zh")).toBe("100,000,000元（1亿元）");
    expect(percent(0.035)).toBe("3.5%");
    expect(percent(0.3)).toBe("30%");
    expect(
      exampleCall("X", [
        1,
        'A"B',
        true,
        [
          [1, 2],
          [3, 4],
        ],
        undefined,
      ])
    ).toBe('=SUBSIDY.X(1, "A""B", TRUE, {1,2;3,4})');
    expect(exampleCall("X", [undefined, 5])).toBe("=SUBSIDY.X(, 5)");
  });

  it("constants: rates as %, caps as yuan, caps by code with the code's label, thresholds with their operator", () => {
    const fn = documented.functions[0];
    const rows = constantRows(
      {
        ...fn,
        params: [
          {
            name: "type",
            label: { en: "Type", zh: "类型" },
            kind: "code",
            unit: "code",
            required: true,
            codes: [{ value: "WORKSHOP", aliases: [], label: { en: "Workshop", zh: "车间" } }],
            description: { en: "The type of project.", zh: "项目类型。" },
          },
        ],
        constants: {
          rate: 0.1,
          threshold: 300_000,
          thresholdOp: ">",
          caps: { WORKSHOP: 2_000_000 },
          maxMonths: 36,
        },
      },
      "en"
    );
    expect(rows).toEqual([
      { label: "Rate", value: "10%" },
      { label: "Threshold", value: "> 300,000 yuan — more than (超过: the number excluded)" },
      { label: "Cap — WORKSHOP (Workshop)", value: "2,000,000 yuan" },
      { label: "Maximum months", value: "36 months" },
    ]);
  });
});

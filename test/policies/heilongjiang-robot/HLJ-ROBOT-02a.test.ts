/**
 * HLJ-ROBOT-02a 「首次绩效评价优秀的，给予一次性1000万元资助」
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 */
import { calculate } from "../../../src";
import { expectValue, thrown } from "../../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

describe("HLJ_KEYLAB_GRANT — only a first evaluation of 「优秀」 earns the one-time 10,000,000", () => {
  test.each(["EXCELLENT", "优秀", "excellent", "  Excellent  ", " 优秀 "])(
    "%p → 10,000,000",
    (grade) => {
      // fixed award 1000万元 = 10,000,000
      expect(award("HLJ_KEYLAB_GRANT", [grade])).toBeCloseTo(10_000_000, 2);
    }
  );
  test.each(["GOOD", "良好", "PASS", "合格", "FAIL", "不合格", "good"])(
    "%p → 0 (condition not met, not an error)",
    (grade) => {
      expect(award("HLJ_KEYLAB_GRANT", [grade])).toBe(0);
    }
  );
  test("an unknown grade names the accepted set", () => {
    expectValue(
      "HLJ_KEYLAB_GRANT",
      ["EXCELENT"],
      "first_evaluation_grade must be one of: EXCELLENT, GOOD, PASS, FAIL, 优秀, 良好, 合格, 不合格"
    );
  });
  test("a number is not a grade", () => {
    expect(thrown("HLJ_KEYLAB_GRANT", [1])).toMatchObject({ code: "#VALUE!" });
  });
});

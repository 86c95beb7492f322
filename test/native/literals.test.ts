/**
 * nativeFormula over literal arguments (the pane's insert panel writes the calculator's values so): each
 * literal's guard is decided when the formula is written, so none reaches the host (LibreOffice misjudges
 * ISLOGICAL of a literal, test/engine/native/expr.test.ts) — a valid literal leaves no guard, an invalid one
 * leaves #N/A.
 */
import { nativeFormula } from "../../src/native";

describe("nativeFormula over literals", () => {
  it("a valid amount: no IF left, only the twin (HZ_SCENARIO_AWARD: 1,500,000 × 50%, cap 2,000,000)", () => {
    expect(nativeFormula("HZ_SCENARIO_AWARD", ["1500000"])).toBe(
      '=ROUND(MAX(0,MIN(1500000*0.5,2000000)),2)+N("SUBSIDY:HZ_SCENARIO_AWARD")'
    );
  });

  it.each([["-5"], ['"abc"'], ["TRUE"]])("an amount the add-in refuses (%s): #N/A", (arg) => {
    expect(nativeFormula("HZ_SCENARIO_AWARD", [arg])).toBe('=NA()+N("SUBSIDY:HZ_SCENARIO_AWARD")');
  });

  it("a literal beside a cell reference keeps the reference's guard only", () => {
    const f = nativeFormula("HLJ_RD_SUBSIDY", ["A1", "0", "B1", "C1"]);
    expect(f).toContain("ISNUMBER(A1)");
    expect(f).not.toMatch(/IS[A-Z]+\(0\)/);
  });
});

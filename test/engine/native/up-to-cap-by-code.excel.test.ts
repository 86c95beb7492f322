import * as shapes from "../../../src/engine/shapes";
import { upToCapByCodeExcel } from "../../../src/engine/shapes/up-to-cap-by-code.excel";
import { recordTwin } from "./record-twin";

const is = (cell: string, s: string) => `UPPER(TRIM(${cell}))="${s}"`;

describe("upToCapByCodeExcel", () => {
  it("SD_HUMANOID_ENTERPRISE_AWARD: MIN(requested, 800万 or 300万), a blank request the cap", () => {
    const e = recordTwin(shapes.upToCapByCode, upToCapByCodeExcel, "SD_HUMANOID_ENTERPRISE_AWARD", [
      "A1",
      "B1",
    ]);
    const whole = ["WHOLE_MACHINE", "整机", "整机企业"].map((s) => is("A1", s));
    const core = ["CORE_COMPONENT", "核心零部件", "核心零部件企业"].map((s) => is("A1", s));
    expect(e.text).toBe(
      `IF(OR(${whole.join(",")}),IF(B1="",8000000,MIN(B1,8000000)),` +
        `IF(OR(${core.join(",")}),IF(B1="",3000000,MIN(B1,3000000)),0))`
    );
  });
  it("SD_STANDARD_AWARD: × the count (default 1), so the bound passes 10 trillion", () => {
    const e = recordTwin(shapes.upToCapByCode, upToCapByCodeExcel, "SD_STANDARD_AWARD", [
      "A1",
      "B1",
      "C1",
    ]);
    expect(e.text).toMatch(
      /^IF\(OR\(.*\),IF\(C1="",400000,MIN\(C1,400000\)\),.*\*IF\(B1="",1,B1\)$/
    );
    expect(e.max).toBeGreaterThan(10_000_000_000_000); // 400,000 × a count up to 10 trillion
  });
});

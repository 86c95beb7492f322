import * as shapes from "../../../src/engine/shapes";
import { fixedConstantExcel } from "../../../src/engine/shapes/fixed-constant.excel";
import { recordTwin } from "./record-twin";

describe("fixedConstantExcel", () => {
  it("HZ_CHAIN_ENTRY_AWARD's paid award: the constant 「一次性奖励100万元」 itself", () => {
    const e = recordTwin(shapes.fixedConstant, fixedConstantExcel, "HZ_CHAIN_ENTRY_AWARD", []);
    expect(e.text).toBe("1000000");
    expect(e.max).toBe(1_000_000);
  });
});

import { upToCapExcel } from "../../../src/engine/shapes/up-to-cap.excel";
import { evaluate, madeUp, param } from "./made-up";

describe("upToCapExcel", () => {
  // Made up: cap 100; the request optional (blank asks for the cap).
  const e = madeUp(upToCapExcel("req"), [param.amount("req", {})], { cap: 100 });

  it("MIN(request, cap), a blank request the cap", () => {
    expect(e.text).toBe('IF(A1="",100,MIN(A1,100))');
    expect(e.max).toBe(100);
  });
  it.each([
    [40, 40], // MIN(40, 100)
    [250, 100], // MIN(250, 100)
    [null, 100], // blank: the cap
  ])("request %p → %p", (req, award) => expect(evaluate(e, [req])).toBe(award));
});

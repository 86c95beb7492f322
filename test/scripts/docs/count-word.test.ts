import { countWord } from "../../../scripts/docs/count-word";

describe("countWord", () => {
  it("words up to ten, digits above", () => {
    expect([countWord(6, "en"), countWord(6, "zh")]).toEqual(["six", "六"]);
    expect(countWord(2, "zh")).toBe("两");
    expect([countWord(11, "en"), countWord(11, "zh")]).toEqual(["11", "11"]);
  });
});

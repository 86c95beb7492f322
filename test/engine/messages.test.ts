/**
 * Argument errors in the host's display language (issue 12, src/engine/messages.ts): English by default,
 * Chinese with the parameter's short label and its identifier once the runtime is told the host is Chinese.
 * The code and `param` stay the same in both.
 */
import {
  messageLanguage,
  setMessageLanguage,
  withMessageLanguage,
} from "../../src/engine/messages";
import { languageOfTag } from "../../src/format/locale";
import { thrown } from "../support/expect-error";

afterEach(() => setMessageLanguage("en"));

describe("the host's display language", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["zh-HK", "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
    [undefined, "en"],
  ])("%s → %s", (host, language) => expect(languageOfTag(host)).toBe(language));
});

describe("argument errors", () => {
  it("name the parameter by its identifier in English (the default, and outside Office)", () => {
    expect(thrown("HLJ_RD_SUBSIDY", ["abc", 1, 0.02, 0.1])).toMatchObject({
      code: "#VALUE!",
      param: "rd_last_year",
      message: "rd_last_year must be a number",
    });
  });

  it("name it by its Chinese label and identifier when the host is Chinese", () => {
    setMessageLanguage("zh");
    const e = thrown("HLJ_RD_SUBSIDY", ["abc", 1, 0.02, 0.1]);
    expect(e).toMatchObject({ code: "#VALUE!", param: "rd_last_year" });
    expect(e.message).toMatch(/^[\u4e00-\u9fff]+（rd_last_year）必须是数字$/);
  });

  it("say a required argument is missing, and a rate above the policy maximum, in Chinese", () => {
    setMessageLanguage("zh");
    expect(thrown("HLJ_RD_SUBSIDY", [])).toMatchObject({
      code: "#VALUE!",
      missing: true,
      message: expect.stringMatching(/（rd_last_year）为必填项$/),
    });
    // BJ-ROBOT-03a's rate is 「不超过30%」: 0.31 is above it.
    expect(thrown("BJ_PUBLIC_PLATFORM_SUBSIDY", [100_000_000, 0.31])).toMatchObject({
      code: "#NUM!",
      message: expect.stringMatching(/超过政策上限0\.3$/),
    });
  });
});

describe("withMessageLanguage (the pane's calculator outside Excel)", () => {
  it("speaks the given language inside and restores the host's after, also when the call throws", () => {
    const inside = withMessageLanguage("zh", () => thrown("HLJ_RD_SUBSIDY", ["abc", 1, 0.02, 0.1]));
    expect(inside.message).toMatch(/（rd_last_year）必须是数字$/);
    expect(messageLanguage()).toBe("en");
    expect(() =>
      withMessageLanguage("zh", () => {
        throw new Error("boom");
      })
    ).toThrow("boom");
    expect(messageLanguage()).toBe("en");
    expect(thrown("HLJ_RD_SUBSIDY", ["abc", 1, 0.02, 0.1]).message).toBe(
      "rd_last_year must be a number"
    );
  });
});

/**
 * @jest-environment jsdom
 *
 * The clause page's "ambiguities" section in the pane's language: the point the text leaves open, the
 * reading chosen and the alternative, each in Chinese in the Chinese pane and in English in the English one.
 */
import { screen } from "@testing-library/react";
import { catalog } from "../../../src";
import { Ambiguities } from "../../../taskpane/components/ClauseDetail/FunctionInfo";
import { renderInPane } from "./render";

const rd = catalog.functionByName.get("HLJ_RD_SUBSIDY")!.fn;

describe("the ambiguities section", () => {
  it.each([
    ["zh-CN", "zh", "en"],
    ["en-US", "en", "zh"],
  ] as const)(
    "in %s: every issue, chosen reading and alternative in that language",
    (locale, shown, other) => {
      renderInPane(<Ambiguities fn={rd} />, { locale });
      const section = screen.getByRole("list");
      expect(rd.ambiguities!.length).toBeGreaterThan(2);
      for (const a of rd.ambiguities!)
        for (const text of [a.issue, a.chosen, a.alternative]) {
          if (!text) continue;
          expect(section).toHaveTextContent(text[shown]);
          if (text[other] !== text[shown]) expect(section).not.toHaveTextContent(text[other]);
        }
    }
  );
});

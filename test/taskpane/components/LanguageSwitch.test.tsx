/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { catalog } from "../../../src";
import { ClausesView } from "../../../taskpane/views/ClausesView";
import { LanguageSwitch } from "../../../taskpane/components/LanguageSwitch/LanguageSwitch";
import { localeFromLanguage } from "../../../taskpane/i18n";
import { openClause, renderApp, renderInPane } from "./render";

jest.setTimeout(30_000);

describe("language", () => {
  it("zh-CN or en-US from a language tag", () => {
    expect(localeFromLanguage("zh-CN")).toBe("zh-CN");
    expect(localeFromLanguage("zh-TW")).toBe("zh-CN");
    expect(localeFromLanguage("zh")).toBe("zh-CN");
    expect(localeFromLanguage("en-GB")).toBe("en-US");
    expect(localeFromLanguage("fr-FR")).toBe("en-US");
    expect(localeFromLanguage(undefined)).toBe("en-US");
  });

  it("switches every label, the catalog's texts and the page language", async () => {
    const { user } = renderInPane(
      <>
        <LanguageSwitch />
        <ClausesView />
      </>,
      { locale: "zh-CN" }
    );
    expect(screen.getByLabelText("搜索条款")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh-CN");
    const c = catalog.clauseById.get("HZ-HUMANOID-06")!;
    expect(screen.getByText(c.summary.zh)).toBeInTheDocument();
    await user.click(screen.getByText("English"));
    expect(screen.getByLabelText("Search clauses")).toBeInTheDocument();
    expect(screen.getByText(c.summary.en)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByText("English").closest("button")).toHaveAttribute("aria-pressed", "true");
    await openClause(user, "HZ-HUMANOID-06");
    await user.click(screen.getByText("中文"));
    expect(screen.getByText("试算")).toBeInTheDocument();
    expect(screen.getByText("插入公式")).toBeInTheDocument();
    expect(screen.getByText(c.fn!.formula.zh)).toBeInTheDocument();
  });

  it("follows Office's display language once Excel reports it, until the user chooses", async () => {
    const excel = {
      kind: "excel" as const,
      getActiveCell: jest.fn(),
      inspectRange: jest.fn(),
      lastUsedRow: jest.fn(),
      writeBlock: jest.fn(),
      addWorksheet: jest.fn(),
      writePlan: jest.fn(),
      activateWorksheet: jest.fn(),
      getActiveWorksheet: jest.fn(),
      readSheet: jest.fn(),
    };
    const { store, user } = renderApp({ locale: "en-US", host: "connecting" });
    expect(screen.getByLabelText("Search clauses")).toBeInTheDocument();
    act(() => store.set({ mode: "excel", host: excel, displayLanguage: "zh-CN" }));
    expect(screen.getByLabelText("搜索条款")).toBeInTheDocument();
    expect(screen.getByText("Excel")).toBeInTheDocument();
    await user.click(screen.getByText("English"));
    act(() => store.set({ mode: "excel", host: excel, displayLanguage: "zh-CN" }));
    expect(screen.getByLabelText("Search clauses")).toBeInTheDocument();
  });
});

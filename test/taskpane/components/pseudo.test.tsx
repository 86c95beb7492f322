/**
 * @jest-environment jsdom
 *
 * Pseudo-localization: with the "pseudo" locale every UI string comes out wrapped in ⟦…⟧. Every visible
 * text (and every label, placeholder and tooltip) must then be wrapped, or be data — from the catalog,
 * the engine, the workbook or the user — or be numbers and punctuation. A string typed straight into a
 * component fails this test.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { catalog, evaluate } from "../../../src";
import { strings } from "../../../src/workbook/strings";
import { constantRows } from "../../../src/format/constants";
import { NATIVE_FUNCTIONS } from "../../../src/native/lint";
import { initialValues, runCalculation, toRawArgs } from "../../../taskpane/calculator/form";
import { LANGUAGES } from "../../../taskpane/i18n";
import { fillRdCalculator, openClause, renderApp } from "./render";

jest.setTimeout(60_000);

/** Every string the catalog holds (titles, quotes, summaries, parameter names, codes, constants' keys …). */
function catalogStrings(): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (v && typeof v === "object" && !seen.has(v)) {
      seen.add(v);
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        walk(x);
      }
    }
  };
  walk(catalog.documents);
  walk(catalog.clauses);
  return out;
}

/** Whole data texts, and the words in them. */
const dataTexts = new Set<string>();
const dataWords = new Set<string>();
const hanCorpus: string[] = [];
function addData(...texts: string[]) {
  for (const text of texts) {
    dataTexts.add(text.trim());
    for (const w of words(text)) dataWords.add(w);
    if (HAN.test(text)) hanCorpus.push(text);
  }
}
const HAN = /\p{Script=Han}/u;
/** Words: runs of letters (Latin or CJK, with digits and _ inside identifiers). */
function words(text: string): string[] {
  return text.match(/[\p{L}][\p{L}\p{N}_]*/gu) ?? [];
}

beforeAll(() => {
  addData(...catalogStrings());
  // Step labels come from the engine's records, error messages from its validation: data too.
  const rd = evaluate("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT"]);
  addData(...rd.steps.flatMap((s) => [s.label.en, s.label.zh]));
  // The plain-words rendering of each function's constants is catalog data too (src/format/constants.ts).
  for (const c of catalog.clauses) {
    if (c.fn)
      addData(
        ...(["en", "zh"] as const).flatMap((l) =>
          constantRows(c.fn!, l).flatMap((r) => [r.label, r.value])
        )
      );
  }
  for (const c of catalog.clauses) {
    const outcome = c.fn && runCalculation(c.fn, toRawArgs(c.fn, initialValues(c.fn)));
    if (outcome && !outcome.ok) addData(outcome.message);
  }
  // Excel's own vocabulary (the namespace, the sheet, literals, the functions native formulas use) and the
  // languages' own names.
  addData(
    "SUBSIDY",
    "Sheet1",
    "TRUE",
    "FALSE",
    ...NATIVE_FUNCTIONS,
    ...LANGUAGES.map((l) => l.name)
  );
});

/**
 * A piece of text is fine when it has no letters, is a whole data text, is an identifier made of data
 * words or cell references (=SUBSIDY.HZ_SCENARIO_AWARD, [stock_basis], B12, column letters), or is
 * Chinese found in a data text (Chinese has no spaces to split words on).
 */
function pieceIsData(piece: string): boolean {
  const p = piece.trim();
  if (!/\p{L}/u.test(p) || dataTexts.has(p)) return true;
  if (!/\s/.test(p)) return words(p).every((w) => dataWords.has(w) || /^[A-Z]{1,3}\d*$/.test(w));
  return HAN.test(p) && hanCorpus.some((c) => c.includes(p));
}

/** Wrapped UI strings removed, what is left must be data: as a whole, or piece by piece between separators. */
function isLocalizedOrData(text: string): boolean {
  // Innermost first: a UI string may hold another (a sheet name the pane made, inside a message).
  let rest = text;
  while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, "\uE000");
  rest = rest.replace(/#[A-Z0-9/]+[!?]/g, "\uE000");
  if (pieceIsData(rest.replace(/\uE000/g, ""))) return true;
  return rest.split(/\uE000|\s·\s|[:;,()（）]\s*|\s[=≥≤>×−]\s|\n/).every(pieceIsData);
}

/**
 * Everything a user can read on the page: text nodes, and the labels, placeholders and tooltips of
 * elements. `skipCells`: leave out the preview grid's cells and a sheet chart's title (marked
 * data-sheet-content), when they hold a generated sheet (its text is sheet content from
 * src/workbook/strings.ts, in the profile's language, by design).
 */
const SHEET_CONTENT = "style, script, td, [data-sheet-content]";

function visibleTexts(skipCells = false): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest(skipCells ? SHEET_CONTENT : "style, script")) continue;
    if (n.textContent?.trim()) texts.push(n.textContent);
  }
  for (const el of document.body.querySelectorAll("[aria-label], [placeholder], [title]")) {
    if (skipCells && el.closest(SHEET_CONTENT)) continue;
    for (const attr of ["aria-label", "placeholder", "title"]) {
      const v = el.getAttribute(attr);
      if (v) texts.push(v);
    }
  }
  return texts;
}

const offendersNow = (skipCells = false) =>
  visibleTexts(skipCells).filter((t) => !isLocalizedOrData(t));

function expectAllLocalizedOrData(where: string, skipCells = false) {
  const offenders = offendersNow(skipCells);
  expect({ where, offenders }).toEqual({ where, offenders: [] });
}

describe("pseudo-localization: no UI string outside taskpane/i18n", () => {
  it("the list, a clause with its calculator and steps, an error, and every insert message", async () => {
    const { user, workbook } = renderApp({ locale: "pseudo" });
    expect(screen.getByLabelText("⟦Search clauses⟧")).toBeInTheDocument();
    expectAllLocalizedOrData("list");

    fireEvent.change(screen.getByLabelText("⟦Search clauses⟧"), { target: { value: "zzzz" } });
    expectAllLocalizedOrData("no results");
    fireEvent.change(screen.getByLabelText("⟦Search clauses⟧"), { target: { value: "" } });

    await openClause(user, "HLJ-ROBOT-01");
    expectAllLocalizedOrData("detail with an error");
    fillRdCalculator();
    expectAllLocalizedOrData("detail with the award and steps");

    await user.click(screen.getByText("⟦Insert input block⟧"));
    await screen.findByText(/Written to/);
    expectAllLocalizedOrData("written");
    act(() => workbook.setActiveCell(0, 0));
    await user.click(screen.getByText("⟦Insert formula⟧"));
    await screen.findByText(/is not empty/);
    expectAllLocalizedOrData("occupied");
  });

  it("a clause with a list of amounts, and one without a function", async () => {
    const { user } = renderApp({ locale: "pseudo" });
    const withAmounts = catalog.clauses.find((c) =>
      c.fn?.params.some((p) => p.kind === "amounts")
    )!;
    await openClause(user, withAmounts.id);
    expectAllLocalizedOrData(withAmounts.id);
    await user.click(screen.getByText("⟦← Back to clauses⟧"));
    await openClause(user, catalog.clauses.find((c) => !c.fn)!.id);
    expectAllLocalizedOrData("no function");
  });

  it("the scenario builder, a created scenario sheet, its audit report and every message", async () => {
    addData(strings.scenarioSheet.en, strings.auditSheet.en); // sheet names on the preview's tabs
    const { workbook } = renderApp({ locale: "pseudo" });
    const tab = document.querySelector<HTMLElement>('[role="tab"][value="scenario"]')!;
    fireEvent.click(tab);
    // A lazily loaded view: the first import compiles its modules, which can take seconds under ts-jest.
    expect(
      await screen.findByText("⟦Scenario builder⟧", {}, { timeout: 15_000 })
    ).toBeInTheDocument();
    expectAllLocalizedOrData("scenario form");

    const create = () => fireEvent.click(screen.getByText("⟦Create scenario sheet⟧"));
    const audit = () => fireEvent.click(screen.getByText("⟦Audit report⟧"));
    fireEvent.change(document.getElementById("scenario-last-year")!, { target: { value: "1" } });
    create();
    await screen.findByText(/Enter the company name/, { selector: "[class*=MessageBar] *" });
    expectAllLocalizedOrData("problems");
    fireEvent.change(document.getElementById("scenario-last-year")!, { target: { value: "2028" } });

    fireEvent.change(document.getElementById("scenario-location")!, {
      target: { value: "SHANDONG" },
    });
    expectAllLocalizedOrData("a draft document");
    fireEvent.change(document.getElementById("scenario-location")!, {
      target: { value: "BEIJING" },
    });
    fireEvent.change(document.getElementById("scenario-company")!, {
      target: { value: "Beijing Robotics" },
    });
    // The preview grid renders the whole generated sheet: slow in jsdom under a loaded machine.
    const slow = { timeout: 15_000 };
    create();
    await screen.findByText(/Created/, undefined, slow);
    expectAllLocalizedOrData("created", true);
    audit();
    await screen.findByText(/Created the audit report/, undefined, slow);
    expectAllLocalizedOrData("audited", true);
    act(() => workbook.activateSheet("Sheet1"));
    audit();
    await screen.findByText(/is not a scenario sheet/, undefined, slow);
    expectAllLocalizedOrData("not a scenario sheet");
    // issue 14: the native copy of the scenario sheet and its report (cells still calling SUBSIDY.*).
    act(() => workbook.activateSheet(strings.scenarioSheet.en));
    fireEvent.click(screen.getByText("⟦Copy sheet with native formulas⟧"));
    await screen.findByText(/still call SUBSIDY/, undefined, slow);
    expectAllLocalizedOrData("native copy", true);
  });

  it("the checker itself catches a hard-coded string", () => {
    renderApp({ locale: "pseudo" });
    const stray = document.createElement("span");
    stray.textContent = "Award amount";
    document.body.appendChild(stray);
    expect(offendersNow()).toEqual(["Award amount"]);
  });
});

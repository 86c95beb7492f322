/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { catalog } from "../../../src";
import { VIEWS } from "../../../taskpane/views";
import { clauseRow, openClause, renderApp, rowIds } from "./render";

jest.setTimeout(30_000);
const total = catalog.clauses.length;
const search = () => screen.getByLabelText("Search clauses");
const type = (text: string) => fireEvent.change(search(), { target: { value: text } });

describe("browse", () => {
  it("lists every clause of every document, grouped by document in catalog order", () => {
    renderApp();
    expect(screen.getByText(`${total} of ${total} clauses`)).toBeInTheDocument();
    expect(rowIds()).toEqual(catalog.clauses.map((c) => c.id));
    for (const d of catalog.documents) {
      const group = screen.getByLabelText(d.title.en);
      const ids = [...group.querySelectorAll('button[id^="clause-"]')].map((b) =>
        b.id.slice("clause-".length)
      );
      expect(ids).toEqual(catalog.clauses.filter((c) => c.document === d.id).map((c) => c.id));
    }
  });

  it("shows each document's dates with their certainty, its status and its stacking rule", () => {
    renderApp();
    for (const d of catalog.documents) {
      const group = within(screen.getByLabelText(d.title.en));
      for (const date of [d.issued, d.effective, d.expiry]) {
        expect(
          group.getAllByText(`${date.date ?? "not stated"} (${date.certainty})`).length
        ).toBeGreaterThan(0);
      }
      expect(group.getByText(d.stackingRule ?? "none stated in the text")).toBeInTheDocument();
      expect(group.queryByText("Draft · 征求意见稿") !== null).toBe(d.status === "draft");
    }
    expect(
      within(screen.getByLabelText(catalog.documentById.get("SD-ROBOT")!.title.en)).getByText(
        "Draft · 征求意见稿"
      )
    ).toBeInTheDocument();
  });
});

describe("search", () => {
  it("the search box is named 'Search clauses' and narrows the list as you type", async () => {
    const { user } = renderApp();
    expect(search()).toHaveAttribute("type", "search");
    await user.type(search(), "研发");
    expect(rowIds()).toContain("HLJ-ROBOT-01");
    expect(rowIds().length).toBeLessThan(total);
    expect(screen.getByText(`${rowIds().length} of ${total} clauses`)).toBeInTheDocument();
  });

  it("HZ_SC finds HZ-HUMANOID-06 at once; nonsense finds nothing and says so", () => {
    renderApp();
    type("H");
    type("HZ_SC");
    expect(rowIds()).toEqual(["HZ-HUMANOID-06"]);
    type("HZ_SCzzz");
    expect(rowIds()).toEqual([]);
    expect(
      screen.getByText("No clause matches. Try fewer words or clear the filters.")
    ).toBeInTheDocument();
  });

  it("filters by region, category and 'has a function'", async () => {
    const { user } = renderApp();
    const region = screen.getByLabelText("Region");
    const category = screen.getByLabelText("Category");
    await user.selectOptions(region, "Hangzhou");
    expect(rowIds().length).toBeGreaterThan(0);
    expect(rowIds().every((id) => id.startsWith("HZ-"))).toBe(true);
    await user.selectOptions(region, "");
    await user.selectOptions(category, "scenario");
    expect(rowIds()).toContain("HZ-HUMANOID-06");
    expect(rowIds().every((id) => catalog.clauseById.get(id)!.category === "scenario")).toBe(true);
    await user.selectOptions(category, "");
    await user.click(screen.getByLabelText("Has a function"));
    expect(rowIds()).toEqual(catalog.clauses.filter((c) => c.fn).map((c) => c.id));
  });
});

describe("clause detail", () => {
  it("shows the quotes verbatim, the summary, the facts, the formula, thresholds and caps, ambiguities and the signature", async () => {
    const { user } = renderApp();
    await openClause(user, "HLJ-ROBOT-01");
    const c = catalog.clauseById.get("HLJ-ROBOT-01")!;
    const fn = c.fn!;
    const detail = within(screen.getByRole("article"));
    expect(detail.getByText("HLJ-ROBOT-01").closest("h2")).toHaveFocus();
    for (const q of c.quotes) expect(detail.getByText(q)).toBeInTheDocument();
    expect(detail.getByText(c.summary.en)).toBeInTheDocument();
    expect(detail.getByText(c.numberAsWritten)).toBeInTheDocument();
    expect(detail.getByText(c.departments)).toBeInTheDocument();
    expect(detail.getByText(fn.formula.en)).toBeInTheDocument();
    // 「累计最高不超过1500万元」 and 「50万元以上」, in plain words
    expect(detail.getByText("Cumulative cap")).toBeInTheDocument();
    expect(detail.getByText("15,000,000 yuan")).toBeInTheDocument();
    expect(detail.getByText("500,000 yuan")).toBeInTheDocument();
    for (const a of fn.ambiguities ?? [])
      expect(detail.getByText(a.chosen.en)).toBeInTheDocument();
    expect(
      detail.getByText(
        "=SUBSIDY.HLJ_RD_SUBSIDY(rd_last_year, rd_prior_year, base_stock_ratio, base_increment_ratio, [received_to_date], [stock_basis], [base_annual_cap])"
      )
    ).toBeInTheDocument();
  });

  it("a clause without a function says so and has no calculator", async () => {
    const { user } = renderApp();
    const plain = catalog.clauses.find((c) => !c.fn)!;
    await openClause(user, plain.id);
    expect(
      screen.getByText("This clause sets no amount that can be computed, so it has no function.")
    ).toBeInTheDocument();
    expect(screen.queryByText("Insert formula")).toBeNull();
  });

  it("back returns to the list with the query kept and focus on the clause", async () => {
    const { user } = renderApp();
    type("HZ_SC");
    await openClause(user, "HZ-HUMANOID-06");
    expect(screen.getByRole("article")).toBeInTheDocument();
    await user.click(screen.getByText("← Back to clauses"));
    expect(screen.queryByRole("article")).toBeNull();
    expect(search()).toHaveValue("HZ_SC");
    expect(clauseRow("HZ-HUMANOID-06")).toHaveFocus();
  });
});

describe("the shell", () => {
  it("shows a tab list once there is a second view, and keeps each view's state when switching", async () => {
    const Second = () => <p>second view</p>;
    const { user } = renderApp({
      views: [VIEWS[0], { id: "second", label: () => "Second", Component: Second }],
    });
    type("HZ_SC");
    const tabs = () => [
      ...screen.getByLabelText("Views").querySelectorAll<HTMLElement>('[role="tab"]'),
    ];
    expect(tabs().map((t) => t.getAttribute("value"))).toEqual(["clauses", "second"]);
    // A view mounts when its tab is first opened.
    expect(screen.queryByText("second view")).toBeNull();
    await user.click(tabs()[1]);
    expect(screen.getByText("second view").parentElement).not.toHaveAttribute("hidden");
    expect(search().closest("[hidden]")).not.toBeNull();
    await user.click(tabs()[0]);
    expect(search().closest("[hidden]")).toBeNull();
    expect(search()).toHaveValue("HZ_SC");
  });

  it("has no tab list with a single view", () => {
    renderApp({ views: [VIEWS[0]] });
    expect(screen.queryByLabelText("Views")).toBeNull();
  });

  it("the pane's views are the clauses, the scenario builder and explain", () => {
    renderApp();
    const tabs = [...screen.getByLabelText("Views").querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.getAttribute("value"))).toEqual(["clauses", "scenario", "explain"]);
    expect(tabs[1]).toHaveTextContent("Scenario");
    expect(tabs[2]).toHaveTextContent("Explain");
  });

  it("renders before the host attaches, then attaches it (preview mode shows the workbook)", async () => {
    const { store, user, workbook } = renderApp({ host: "connecting" });
    expect(screen.getByText("Connecting…")).toBeInTheDocument();
    expect(screen.queryByLabelText("Preview sheet")).toBeNull();
    await openClause(user, "HZ-HUMANOID-06");
    expect(screen.getByText("Insert formula").closest("button")).toBeDisabled();
    expect(screen.getByText("Waiting for the workbook…")).toBeInTheDocument();
    act(() => store.set({ mode: "preview", host: workbook }));
    expect(screen.getByText("Preview")).toBeInTheDocument();
    expect(screen.getByText("Insert formula").closest("button")).toBeEnabled();
    // The preview workbook is a chunk of its own, fetched once preview mode starts.
    expect(
      await screen.findByLabelText("Preview sheet", {}, { timeout: 15_000 })
    ).toBeInTheDocument();
  });
});

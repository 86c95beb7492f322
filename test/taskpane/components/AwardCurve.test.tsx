/** @jest-environment jsdom */
/**
 * The award curve on a clause's page (issue 15): an image named "Award curve…" whose name carries the
 * calculator's input, the numbers as a table behind "Show as table", and a fixed award's amounts table.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { catalog } from "../../../src";
import { ClauseDetail } from "../../../taskpane/components/ClauseDetail/ClauseDetail";
import { awardTickFormat } from "../../../taskpane/components/ClauseDetail/CurveChart";
import { buildSearchIndex } from "../../../taskpane/search";
import { fillRdCalculator, renderInPane } from "./render";

// Under Jest @fluentui/react-charts is a stand-in that draws the series it is given (test/setup/react-charts.tsx);
// the real chart is drawn in test/e2e/curve.e2e.test.js.
const index = buildSearchIndex(catalog.clauses, catalog.documents);
const entry = (id: string) => index.entries.find((e) => e.clause.id === id)!;

describe("award curve", () => {
  it("HLJ_RD_SUBSIDY: the curve follows the calculator, with its breakpoints in a table", async () => {
    const { user } = renderInPane(
      <ClauseDetail entry={entry("HLJ-ROBOT-01")} onBack={() => undefined} />
    );
    fillRdCalculator();
    // Stock min(8,000,000, 6,000,000) × 2% = 120,000; increment 2,000,000 × 10% = 200,000; × 1.5 = 480,000.
    const img = await screen.findByRole("img", { name: /^Award curve/ });
    expect(img).toHaveAccessibleName(
      "Award curve: the award as R&D last year grows, 3 breakpoints marked; your input 8,000,000.00 → 480,000.00"
    );

    await user.click(screen.getByText("Show as table"));
    const table = within(screen.getByText(/^Award by R&D last year/).closest("table")!);
    const row = (point: string) =>
      table.getAllByRole("row").find((r) => r.querySelector("th")?.textContent === point)!;
    const cells = (point: string) =>
      [...row(point).querySelectorAll("td")].map((c) => c.textContent);
    // Below the prior year 1.5 × 2% = 0.03 of R&D; at the 「50万元以上」 threshold: 500,000 × 0.03 = 15,000,
    // a fen below it nothing.
    expect(cells("Threshold")).toEqual(["500,000.00", "15,000.00", "15,000.00"]);
    // The stock|increment split at the prior year: 6,000,000 × 0.03 = 180,000.
    expect(cells("Formula changes")).toEqual(["6,000,000.00", "180,000.00", "180,000.00"]);
    expect(cells("Your input")).toEqual(["8,000,000.00", "480,000.00", "480,000.00"]);
    // The chart chunk arrives inside the image: the input as its own marker series.
    await waitFor(() => expect(img.querySelector("svg")).not.toBeNull(), { timeout: 15_000 });
    const input = img.querySelector('g[data-legend="Your input"] circle');
    expect(input).toHaveAttribute("data-x", "8000000");
    expect(input).toHaveAttribute("data-y", "480000");
    // Above it 180,000 + 1.5 × 10% × (x − 6,000,000) reaches 「累计最高不超过1500万元」 at
    // 6,000,000 + 14,820,000 / 0.15 = 104,800,000.
    expect(cells("Room under the cap used up")).toEqual([
      "104,800,000.00",
      "15,000,000.00",
      "15,000,000.00",
    ]);
    expect(screen.getByText("Hide table").closest("button")).toHaveAttribute(
      "aria-expanded",
      "true"
    );
  }, 30_000);

  it("in Chinese the image is named 补贴曲线", async () => {
    renderInPane(<ClauseDetail entry={entry("HZ-HUMANOID-06")} onBack={() => undefined} />, {
      locale: "zh-CN",
    });
    expect(await screen.findByRole("img", { name: /^补贴曲线/ })).toBeInTheDocument();
  });

  it("a by-category award shows its amounts as a table, not a curve", async () => {
    const id = catalog.functionByName.get("HLJ_NATIONAL_CENTER_GRANT")!.clause.id;
    renderInPane(<ClauseDetail entry={entry(id)} onBack={() => undefined} />);
    const table = within(screen.getByText(/^Award by Centre type/).closest("table")!);
    // 「给予1000万元」 for each national centre; the provincial platform states no amount → 0.
    expect(table.getAllByText("10,000,000.00")).toHaveLength(3);
    expect(table.getByText("0.00")).toBeInTheDocument();
    expect(screen.queryByRole("img", { name: /^Award curve/ })).toBeNull();
  });
});

describe("the award axis's labels", () => {
  it("compact in the pane's language, none below zero", () => {
    const en = awardTickFormat("en-US");
    const zh = awardTickFormat("zh-CN");
    expect([0, 600_000, 2_400_000, 15_000_000].map(en)).toEqual(["0", "600K", "2.4M", "15M"]);
    expect([0, 600_000, 2_400_000, 100_000_000].map(zh)).toEqual(["0", "60万", "240万", "1亿"]);
    expect(en(-600_000)).toBe("");
    expect(zh(-600_000)).toBe("");
  });
});

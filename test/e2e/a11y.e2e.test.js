// Accessibility in the real browser (setup in harness.js, axe-core in axe.js): every view of the pane —
// the clause list, a clause's page with its calculator and insert panel, the scenario builder, the preview
// workbook with a generated scenario and its audit — has no axe violation, in English and in Chinese, and
// the main path works with the keyboard alone.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { usePane, shot, officeReady } = require("./harness");
const { param } = require("./sheet");
const { fillRdCalculator } = require("./harbin");
const { axeViolations } = require("./axe");

const { newPage, url } = usePane();

async function assertNoViolations(page, view) {
  assert.deepEqual(await axeViolations(page), [], `axe violations in ${view}`);
}

test("axe: every view has no violation, in English and in Chinese", async () => {
  const { page, problems } = await newPage({ width: 1200, height: 900 });
  await page.goto(url());
  await officeReady(page);

  const search = page.getByRole("searchbox", { name: "Search clauses" });
  await search.waitFor();
  await assertNoViolations(page, "the clause list");
  await search.fill("研发");
  await page.getByRole("button", { name: /^HLJ-ROBOT-01\b/ }).click();
  await fillRdCalculator(page);
  // (6,000,000 × 2% + 2,000,000 × 10%) × 1.5 = 480,000.
  await page.getByRole("status").filter({ hasText: "480,000.00" }).waitFor();
  await assertNoViolations(page, "a clause's page with its calculator");
  await page.getByRole("button", { name: "Insert input block" }).click();
  await page.getByRole("button", { name: /Back to clauses/ }).waitFor();
  await assertNoViolations(page, "a clause's page after inserting a block");

  await page.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Scenario" }).click();
  await page.getByRole("button", { name: "Create scenario sheet" }).waitFor();
  await assertNoViolations(page, "the scenario builder");
  await page.getByRole("textbox", { name: /Company name/ }).fill("Harbin Robotics Co.");
  await page.getByRole("combobox", { name: "Location" }).selectOption("HEILONGJIANG");
  await page.getByRole("spinbutton", { name: "First model year" }).fill("2026");
  await page.getByRole("spinbutton", { name: "Last model year" }).fill("2028");
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Created “Scenario”.", { exact: false }).waitFor();
  await assertNoViolations(page, "a generated scenario sheet in the preview workbook");
  await page.getByRole("button", { name: "Audit report" }).click();
  await page.getByText("Created the audit report", { exact: false }).waitFor();
  await assertNoViolations(page, "the audit report in the preview workbook");
  await shot(page, "30-a11y-audit-en", { fullPage: false });

  await page.getByRole("button", { name: "中文" }).click();
  await page.getByRole("tablist", { name: "视图" }).getByRole("tab", { name: "条款" }).click();
  await page.getByRole("button", { name: /返回条款列表/ }).waitFor();
  await assertNoViolations(page, "a clause's page in Chinese");
  await page.getByRole("button", { name: /返回条款列表/ }).click();
  await page.getByRole("searchbox", { name: "搜索条款" }).waitFor();
  await assertNoViolations(page, "the clause list in Chinese");
  await page.getByRole("tablist", { name: "视图" }).getByRole("tab", { name: "情景测算" }).click();
  await assertNoViolations(page, "the scenario builder in Chinese");
  assert.deepEqual(problems, []);
  await page.close();
});

/** Presses Tab until `locator`'s element has the focus (at most `max` presses); fails otherwise. */
async function tabTo(page, locator, max = 80) {
  // The locator is resolved again at each press: a view may re-render the element meanwhile.
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => document.activeElement === el)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${locator}`);
}

test("the keyboard alone: search, open a clause, calculate, insert, build a scenario, move in the sheet", async () => {
  const { page, problems } = await newPage({ width: 1200, height: 900 });
  await page.goto(url());
  await officeReady(page);

  await tabTo(page, page.getByRole("searchbox", { name: "Search clauses" }));
  await page.keyboard.type("研发");
  await tabTo(page, page.getByRole("button", { name: /^HLJ-ROBOT-01\b/ }));
  await page.keyboard.press("Enter");
  for (const [name, value] of [
    ["rd_last_year", "8000000"],
    ["rd_prior_year", "6000000"],
    ["base_stock_ratio", "0.02"],
    ["base_increment_ratio", "0.1"],
  ]) {
    await tabTo(page, page.getByRole("textbox", { name: param(name) }));
    await page.keyboard.type(value);
  }
  // (6,000,000 × 2% + (8,000,000 − 6,000,000) × 10%) × 1.5 = (120,000 + 200,000) × 1.5 = 480,000.
  await page.getByRole("status").filter({ hasText: "480,000.00" }).waitFor();
  await tabTo(page, page.getByRole("button", { name: "Insert formula" }));
  await page.keyboard.press("Enter");
  const bar = page.getByRole("textbox", { name: "Contents of the active cell" });
  await page.waitForFunction(() =>
    /^=SUBSIDY\.HLJ_RD_SUBSIDY\(/.test(
      document.querySelector('input[aria-label="Contents of the active cell"]')?.value ?? ""
    )
  );
  assert.match(await bar.inputValue(), /^=SUBSIDY\.HLJ_RD_SUBSIDY\(8000000,6000000,0\.02,0\.1/);

  // The views' tab list: arrow keys move between tabs, Enter opens one.
  await tabTo(page, page.getByRole("tab", { name: "Clauses" }));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const company = page.getByRole("textbox", { name: /Company name/ });
  await company.waitFor(); // the view's chunk arrives after the key press
  await tabTo(page, company);
  await page.keyboard.type("Harbin Robotics Co.");
  await tabTo(page, page.getByRole("button", { name: "Create scenario sheet" }));
  await page.keyboard.press("Enter");
  await page.getByText("Created “Scenario”.", { exact: false }).waitFor();

  // In the sheet: focus the grid, then arrow keys select cells (A1 → B2 after Down, Right).
  const grid = page.getByRole("group", { name: "Preview sheet: arrow keys move the active cell" });
  await tabTo(page, grid);
  const nameBox = page.getByRole("textbox", { name: "Active cell", exact: true });
  const before = await nameBox.inputValue();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  const [col, row] = [before.match(/^[A-Z]+/)[0], Number(before.match(/\d+$/)[0])];
  const nextCol = String.fromCharCode(col.charCodeAt(0) + 1);
  assert.equal(await nameBox.inputValue(), `${nextCol}${row + 1}`);
  await shot(page, "31-keyboard-grid-en", { fullPage: false });
  assert.deepEqual(problems, []);
  await page.close();
});

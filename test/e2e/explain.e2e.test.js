// Real-browser test of "explain the selected cell" (setup in harness.js): the production build in
// headless Chromium, preview mode. A SUBSIDY formula typed into the preview workbook, its cell selected,
// the Explain tab reads its clause, argument, steps and award, and follows the selection and the inputs.
// Screenshots: test/e2e/artifacts/20-explain-en.png, 21-explain-zh.png.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { usePane, shot, cell, officeReady } = require("./harness");
const { axeViolations } = require("./axe");

const { newPage, url } = usePane();

test("select a SUBSIDY cell in the preview workbook and read its explanation", async () => {
  const { page, problems } = await newPage();
  await page.goto(url());
  assert.equal((await officeReady(page)).host, null); // a plain browser: preview mode

  const formulaBar = page.getByRole("textbox", { name: "Contents of the active cell" });
  const type = async (address, entry) => {
    await cell(page, address).click();
    await formulaBar.fill(entry);
    await formulaBar.press("Enter");
  };
  await type("B4", "6000000");
  await type("B5", "=SUBSIDY.HZ_SCENARIO_AWARD(B4)");
  // HZ_SCENARIO_AWARD: 50% of actual investment, at most 2,000,000. 6,000,000 × 0.5 = 3,000,000 → 2,000,000.
  await cell(page, "B5")
    .filter({ hasText: "2000000" })
    .or(cell(page, "B5").filter({ hasText: "2,000,000" }))
    .waitFor();
  await cell(page, "B5").click();

  await page.getByRole("tab", { name: "Explain" }).click();
  const region = page.getByRole("region", { name: "Explain selected cell" });
  await region.getByText("2,000,000.00").waitFor({ timeout: 15000 });
  const text = await region.textContent();
  assert.match(text, /Sheet1!B5/);
  assert.match(text, /HZ-HUMANOID-06/);
  assert.match(text, /对单个示范应用场景按实际投入的50%、予以最高200万元的奖励/);
  const args = region.getByRole("table", { name: "Arguments" });
  assert.match(await args.textContent(), /actual_investment/);
  assert.match(await args.textContent(), /6,000,000/);
  assert.match(await args.textContent(), /B4 → Sheet1!B4/);
  const steps = region.getByRole("table", { name: "How it is computed" });
  assert.match(await steps.textContent(), /3,000,000/); // the rate applied
  assert.match(await steps.textContent(), /cap applied/);
  assert.deepEqual(await axeViolations(page), [], "axe: the Explain view");
  await shot(page, "20-explain-en");

  // The inputs change: 3,000,000 × 0.5 = 1,500,000, under the cap; the explanation follows (debounced).
  await type("B4", "3000000");
  await cell(page, "B5").click();
  await region.getByText("1,500,000.00").waitFor({ timeout: 15000 });
  assert.match(await steps.textContent(), /under the cap/);

  // Another cell: a constant is not a formula.
  await cell(page, "B4").click();
  await region.getByText("Not a formula: the cell holds a constant.").waitFor();

  // In Chinese the region keeps its role under its Chinese name.
  await cell(page, "B5").click();
  await page.getByRole("button", { name: "中文" }).click();
  const zh = page.getByRole("region", { name: "解释所选单元格" });
  await zh.getByText("1,500,000.00").waitFor({ timeout: 15000 });
  assert.deepEqual(await axeViolations(page), [], "axe: the Explain view in Chinese");
  await shot(page, "21-explain-zh");

  assert.deepEqual(problems, []);
});

test("the Explain view is a chunk of its own, fetched when its tab opens", () => {
  const fs = require("node:fs");
  const { DIST } = require("./harness");
  assert.equal(fs.readdirSync(DIST).filter((f) => /^explain-view\..*\.js$/.test(f)).length, 1);
});

test("a 320-pixel pane: the explanation of a seven-argument call fits its width, in both languages", async () => {
  const { page, problems } = await newPage({ width: 320, height: 800 });
  await page.goto(url());
  await officeReady(page);
  const formulaBar = page.getByRole("textbox", { name: "Contents of the active cell" });
  await cell(page, "A1").click();
  await formulaBar.fill('=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,0.02,0.1,0,"SPLIT")');
  await formulaBar.press("Enter");
  await cell(page, "A1").click();
  await page.getByRole("tab", { name: "Explain" }).click();
  // (min(8,000,000, 6,000,000) × 0.02 + 2,000,000 × 0.10) × 1.5 = (120,000 + 200,000) × 1.5 = 480,000
  const region = page.getByRole("region", { name: "Explain selected cell" });
  await region.getByText("480,000.00").first().waitFor({ timeout: 15000 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok((await overflow()) <= 320, `the page is ${await overflow()} px wide`);
  await page.getByRole("group").getByRole("button", { name: "中文" }).click();
  await page
    .getByRole("region", { name: "解释所选单元格" })
    .getByText("480,000.00")
    .first()
    .waitFor();
  assert.ok((await overflow()) <= 320, `in Chinese the page is ${await overflow()} px wide`);
  // Each "in the formula" source stands on one line (it once stood one character a line).
  const args = page.getByRole("table", { name: "参数" });
  const lines = await args
    .locator("td span")
    .filter({ hasText: "公式内填写" })
    .evaluateAll((spans) => spans.map((sp) => sp.getClientRects().length));
  assert.equal(lines.length, 6, "six arguments typed in the formula");
  assert.deepEqual(lines, [1, 1, 1, 1, 1, 1]);
  await shot(page, "21b-explain-320-zh", { fullPage: false });
  assert.deepEqual(problems, []);
  await page.close();
});

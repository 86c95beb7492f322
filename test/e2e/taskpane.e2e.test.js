// Real-browser test of the task pane (setup in harness.js): the production build in headless Chromium,
// outside Office, so the pane runs in preview mode against its in-memory workbook. Screenshots go to
// test/e2e/artifacts/.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { usePane, shot, cell, officeReady, offBox, ARTIFACTS, DIST } = require("./harness");
const { param } = require("./sheet");
const { fillRdCalculator } = require("./harbin");

const { newPage, external, url } = usePane();

test("search, open, calculate, insert into the preview workbook without overwriting, switch language", async () => {
  const { page, problems } = await newPage();
  await page.goto(url());
  const info = await officeReady(page);
  assert.equal(info.host, null); // a plain browser: preview mode

  const search = page.getByRole("searchbox", { name: "Search clauses" });
  await search.fill("研发");
  const row = page.getByRole("button", { name: /^HLJ-ROBOT-01\b/ });
  await row.waitFor();
  await shot(page, "1-search-en");
  await row.click();

  // The calculator: thousands separators are accepted.
  await fillRdCalculator(page);
  await page.getByRole("status").filter({ hasText: "480,000.00" }).waitFor();
  await shot(page, "2-calculator-en");

  // Insert formula at B2 (the preview's active cell is chosen by clicking the grid).
  await cell(page, "B2").click();
  await page.getByRole("button", { name: "Insert formula" }).click();
  await page.getByText("Written to Sheet1!B2.").waitFor();
  await assert.doesNotReject(cell(page, "B2").filter({ hasText: "480,000.00" }).waitFor());
  assert.equal(
    await page.getByRole("textbox", { name: "Contents of the active cell" }).inputValue(),
    '=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,0.02,0.1,0,"SPLIT")'
  );

  // Insert input block at D2: one row per parameter, then the award row referring to them.
  await cell(page, "D2").click();
  await page.getByRole("button", { name: "Insert input block" }).click();
  await page.getByText("Written to Sheet1!D2:F9.").waitFor();
  assert.equal(await cell(page, "D2").textContent(), "rd_last_year");
  assert.equal(await cell(page, "E2").textContent(), "8,000,000.00");
  assert.equal(await cell(page, "E4").textContent(), "2.00%");
  assert.equal(await cell(page, "D9").textContent(), "Award");
  assert.equal(await cell(page, "E9").textContent(), "480,000.00");
  await cell(page, "E9").click();
  assert.equal(
    await page.getByRole("textbox", { name: "Contents of the active cell" }).inputValue(),
    "=SUBSIDY.HLJ_RD_SUBSIDY(E2,E3,E4,E5,E6,E7)"
  );

  // The block is live: change an input in the sheet and the award follows.
  await cell(page, "E2").click();
  const formulaBar = page.getByRole("textbox", { name: "Contents of the active cell" });
  await formulaBar.fill("9000000");
  await formulaBar.press("Enter");
  await cell(page, "E9").filter({ hasText: "630,000.00" }).waitFor();

  // Never overwrite: a block at D5 would cover the existing one, so nothing is written and the block
  // right below the filled cells of the same columns (D2:F9 → D10:F17) is proposed; it is written only
  // on confirmation.
  await cell(page, "D5").click();
  await page.getByRole("button", { name: "Insert input block" }).click();
  await page
    .getByText(
      "Sheet1!D5:F12 is not empty, so nothing was written. Below the filled cells of its columns, Sheet1!D10:F17 is free."
    )
    .waitFor();
  assert.equal(await cell(page, "D5").textContent(), "base_increment_ratio");
  assert.equal(await cell(page, "E10").textContent(), "");
  await shot(page, "3-occupied-en");
  await page.getByRole("button", { name: "Insert at Sheet1!D10:F17" }).click();
  await page.getByText("Written to Sheet1!D10:F17.").waitFor();
  assert.equal(await cell(page, "E17").textContent(), "480,000.00");
  await shot(page, "4-inserted-en");

  // Switch to Chinese: every label follows; the search box is "搜索条款".
  await page.getByRole("button", { name: "中文" }).click();
  await page.getByRole("button", { name: /返回条款列表/ }).waitFor();
  await shot(page, "5-detail-zh");
  await page.getByRole("button", { name: /返回条款列表/ }).click();
  const zhSearch = page.getByRole("searchbox", { name: "搜索条款" });
  await zhSearch.fill("");
  await shot(page, "6-list-zh");
  await zhSearch.fill("HZ_SC");
  await page.getByRole("button", { name: /^HZ-HUMANOID-06\b/ }).waitFor();

  // office.js creates its logging frame 3 s after loading; wait for it so the request check sees it.
  await page.waitForTimeout(Math.max(0, 3500));
  assert.deepEqual(problems, []);
  assert.deepEqual(
    offBox(external),
    [],
    "no request may leave localhost except office.js's own telemetry frame"
  );
  await page.close();
});

test("the search finds a word only a function's prose holds, once the prose chunk is in", async () => {
  // The first screen indexes the runtime records; the clauses' prose arrives in a chunk right after the
  // first paint (taskpane/documented.ts). HLJ-ROBOT-02a's description says "province-led"; its summary
  // says "provincially led".
  const { page, problems } = await newPage();
  await page.goto(url());
  await page.getByRole("searchbox", { name: "Search clauses" }).fill("province-led");
  await page.getByRole("button", { name: /^HLJ-ROBOT-02a\b/ }).waitFor();
  assert.deepEqual(
    await page.locator('button[id^="clause-"]').evaluateAll((rows) => rows.map((r) => r.id)),
    ["clause-HLJ-ROBOT-02a"]
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test("a 320-pixel pane: the list and the clause pages with the longest labels fit its width, in both languages", async () => {
  const { page, problems } = await newPage({ width: 320, height: 700 });
  await page.goto(url());
  await officeReady(page);
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  // HLJ-ROBOT-09: a code dropdown whose options are long (a native <select> is as wide as its longest);
  // SD-ROBOT-04 and HLJ-AI-12: caps by code, whose terms are long; HLJ-ROBOT-01: seven parameters.
  const pages = ["HLJ-ROBOT-09", "SD-ROBOT-04", "HLJ-AI-12", "HLJ-ROBOT-01"];
  for (const language of ["English", "中文"]) {
    await page.getByRole("group").getByRole("button", { name: language }).click();
    assert.ok((await width()) <= 320, `${language}: the list is ${await width()} px wide`);
    for (const id of pages) {
      await page.getByRole("searchbox").fill(id);
      await page.getByRole("button", { name: new RegExp(`^${id}\\b`) }).click();
      await page.getByRole("heading", { name: new RegExp(`^${id}\\b`) }).waitFor();
      await page.getByText(/Thresholds, rates and caps|门槛、比例与上限/).waitFor();
      assert.ok((await width()) <= 320, `${language}: ${id}'s page is ${await width()} px wide`);
      await page.getByRole("button", { name: /Back to clauses|返回条款列表/ }).click();
    }
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("a wide browser shows the preview workbook beside the pane", async () => {
  const { page, problems } = await newPage({ width: 1280, height: 800 });
  await page.goto(url());
  await officeReady(page);
  await page.getByRole("searchbox", { name: "Search clauses" }).fill("HZ_SC");
  await page.getByRole("button", { name: /^HZ-HUMANOID-06\b/ }).click();
  await page.getByRole("textbox", { name: param("actual_investment") }).fill("1,500,000");
  await page.getByRole("button", { name: "Insert input block" }).click();
  await cell(page, "B2").filter({ hasText: "750,000.00" }).waitFor();
  const pane = await page
    .getByRole("heading", { name: "HZ-HUMANOID-06 HZ_SCENARIO_AWARD" })
    .boundingBox();
  const grid = await page.getByRole("table", { name: "Preview sheet" }).boundingBox();
  assert.ok(grid.x > pane.x + pane.width, "the grid sits to the right of the pane");
  await page.screenshot({ path: path.join(ARTIFACTS, "7-wide-en.png") });
  assert.deepEqual(problems, []);
  await page.close();
});

test("the pane renders before Office.onReady resolves, and without office.js at all", async () => {
  // office.js resolves onReady only after its companion file arrives: hold that back 1.5 s, and record
  // when the search box first appears and when __officeReady is set.
  const slow = await newPage({ officeDelayMs: 1500 });
  await slow.page.addInitScript(() => {
    let info;
    Object.defineProperty(window, "__officeReady", {
      get: () => info,
      set: (v) => {
        info = v;
        window.__readyAt = performance.now();
      },
    });
    new MutationObserver((_, observer) => {
      if (document.querySelector("input[type=search]")) {
        window.__renderedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await slow.page.goto(url());
  await officeReady(slow.page);
  const { renderedAt, readyAt } = await slow.page.evaluate(() => ({
    renderedAt: window.__renderedAt,
    readyAt: window.__readyAt,
  }));
  assert.ok(
    renderedAt + 1000 < readyAt,
    `rendered at ${renderedAt} ms, well before Office was ready at ${readyAt} ms`
  );
  assert.deepEqual(slow.problems, []);
  await slow.page.close();

  // office.js unreachable: the typeof Office guard keeps the pane working in preview mode.
  const missing = await newPage({ officeMissing: true });
  await missing.page.goto(url());
  await missing.page.getByRole("searchbox", { name: "Search clauses" }).fill("HZ_SC");
  await missing.page.getByRole("button", { name: /^HZ-HUMANOID-06\b/ }).click();
  await missing.page.getByRole("textbox", { name: param("actual_investment") }).fill("6000000");
  await missing.page.getByRole("button", { name: "Insert formula" }).click();
  await cell(missing.page, "A1").filter({ hasText: "2,000,000.00" }).waitFor();
  assert.deepEqual(
    missing.problems.filter((p) => !p.includes("office.js")),
    [],
    "only office.js's own failure to load may be reported"
  );
  await missing.page.close();
});

test("the production bundle: no eval, and the formula parser only in its own chunk", () => {
  const taskpane = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
  assert.doesNotMatch(taskpane, /chevrotain|fast-formula-parser/i);
  assert.doesNotMatch(taskpane, /[^\w.$]eval\(/);
  const chunks = fs.readdirSync(DIST).filter((f) => /^preview-formulas\..*\.js$/.test(f));
  assert.equal(chunks.length, 1);
});

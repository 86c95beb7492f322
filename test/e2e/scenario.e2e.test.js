// Real-browser test of the scenario builder (setup in harness.js): the production build in headless
// Chromium, outside Office, so sheets go to the preview workbook. A Harbin robot company, 2026–2028, with
// the six clauses of test/scenario/harbin.test.ts: create the scenario sheet, type its inputs into the
// preview grid, read the hand-computed yearly totals, then create the audit report.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { usePane, shot, cell, officeReady, offBox, ARTIFACTS } = require("./harness");
const { rowOf, type, sheetNames } = require("./sheet");
const { tickHarbinClauses, typeHarbinInputs } = require("./harbin");

const { newPage, external, url } = usePane();

const columnHead = (page, letters) =>
  page.locator('th[scope="col"]').filter({ hasText: new RegExp(`^${letters}$`) });

/** Types the Harbin inputs into the preview grid, as a user would; checks the totals; returns the STACK row. */
async function typeInputsAndReadTotals(page) {
  await typeHarbinInputs(page);
  // The yearly totals worked by hand in test/scenario/harbin.test.ts.
  const stack = await rowOf(page, "=Stacked total (STACK)");
  await cell(page, `F${stack}`).filter({ hasText: "12,120,000.00" }).waitFor();
  assert.deepEqual(
    await Promise.all(["F", "G", "H"].map((c) => cell(page, `${c}${stack}`).textContent())),
    ["12,120,000.00", "8,500,000.00", "1,000,000.00"]
  );
  assert.equal(
    await cell(page, `F${await rowOf(page, "Total 2026–2028")}`).textContent(),
    "21,620,000.00"
  );
  return stack;
}

/** The box of the card around a form field: its nearest bordered ancestor past the field itself. */
function cardBox(page, selector) {
  return page.evaluate((sel) => {
    let el = document.querySelector(sel).closest(".fui-Field").parentElement;
    while (getComputedStyle(el).borderLeftStyle === "none") el = el.parentElement;
    const r = el.getBoundingClientRect();
    return { x: r.x, width: r.width };
  }, selector);
}

/** The height of the bar that stays in view at the bottom of the scenario builder. */
const stickyBarHeight = (page) =>
  page.evaluate(() => {
    const bar = [...document.querySelectorAll("div")].find(
      (d) => getComputedStyle(d).position === "sticky"
    );
    return bar.getBoundingClientRect().height;
  });

test("a 320 × 700 pane (Excel's narrow default): the form stays inside its card, the action bar leaves the list in view", async () => {
  const { page, problems } = await newPage({ width: 320, height: 700 });
  await page.goto(url());
  await officeReady(page);
  await page.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Scenario" }).click();
  for (const language of ["English", "中文"]) {
    await page.getByRole("group").getByRole("button", { name: language }).click();
    await page.locator("#scenario-last-year").waitFor();
    // Both year fields end inside the profile card (an input's intrinsic width pushed the second one out).
    const card = await cardBox(page, "#scenario-last-year");
    for (const id of ["#scenario-first-year", "#scenario-last-year"]) {
      const box = await page.locator(id).boundingBox();
      assert.ok(
        box.x + box.width <= card.x + card.width,
        `${language}: ${id} ends inside its card`
      );
    }
    // The bar that stays in view (formulas and buttons) covers at most a third of the pane.
    const bar = await stickyBarHeight(page);
    assert.ok(bar <= 700 / 3, `${language}: the action bar is ${bar} px high`);
    // A language's name stays on one line.
    const heights = await Promise.all(
      ["中文", "English"].map(
        async (n) => (await page.getByRole("button", { name: n }).boundingBox()).height
      )
    );
    assert.ok(
      Math.abs(heights[0] - heights[1]) < 1,
      `${language}: 中文 and English are one line each`
    );
    await shot(page, `8b-scenario-320-${language === "English" ? "en" : "zh"}`, {
      fullPage: false,
    });
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("Heilongjiang robots 2026–2028: create the scenario sheet, fill it in the preview, totals, audit report", async () => {
  const { page, problems } = await newPage({ width: 420, height: 900 });
  await page.goto(url());
  assert.equal((await officeReady(page)).host, null); // a plain browser: preview mode

  await page.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Scenario" }).click();
  await page.getByRole("textbox", { name: /Company name/ }).fill("Harbin Robotics Co.");
  await page.getByRole("combobox", { name: "Location" }).selectOption("HEILONGJIANG");
  assert.equal(await page.getByRole("checkbox", { name: "Intelligent robots" }).isChecked(), true);
  assert.equal(await page.getByRole("checkbox", { name: "Humanoid robots" }).isChecked(), false);
  assert.equal(
    await page.getByRole("checkbox", { name: "Artificial intelligence" }).isChecked(),
    false
  );
  await page.getByRole("spinbutton", { name: "First model year" }).fill("2026");
  await page.getByRole("spinbutton", { name: "Last model year" }).fill("2028");
  // Robots tick HLJ-ROBOT's clauses by default; HLJ-AI's are listed (same location) but not ticked.
  assert.equal(await page.locator("#scenario-clause-HLJ-ROBOT-05").isChecked(), true);
  assert.equal(await page.locator("#scenario-clause-HLJ-AI-03").isChecked(), false);
  await page.getByText("Overlaps HLJ-AI-03 (group HLJ-RD): only the larger counts").waitFor();
  await shot(page, "8-scenario-form-en", { fullPage: false });

  await tickHarbinClauses(page);
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Created “Scenario”.", { exact: false }).waitFor();
  await shot(page, "9-scenario-created-en", { fullPage: false });
  const sheetTabs = page.getByRole("tablist", { name: "Sheets" });
  assert.deepEqual(await sheetNames(page), ["Sheet1", "Scenario"]);
  assert.equal(await cell(page, "A1").textContent(), "Subsidy scenario: Harbin Robotics Co.");
  // The plan's column width (48 characters ≈ 341 px), at most 60% of this narrow window.
  assert.equal(Math.round((await columnHead(page, "A").boundingBox()).width), 252);

  const stack = await typeInputsAndReadTotals(page);
  // The counted amounts are STACK_ROWS's spill: the AI R&D row (dropped: the robot R&D award is larger) is 0.
  const counted = await page.evaluate(() => {
    const cells = [...document.querySelectorAll('td[data-address^="A"]')].filter(
      (td) => td.textContent === "HLJAI_RD_SUBSIDY"
    );
    return cells.map((td) => Number(td.dataset.address.slice(1)));
  });
  assert.equal(counted.length, 2); // the award row and the counted row
  assert.deepEqual(
    await Promise.all(["F", "G", "H"].map((c) => cell(page, `${c}${counted[1]}`).textContent())),
    ["0.00", "0.00", "0.00"]
  );
  await cell(page, `H${stack}`).scrollIntoViewIfNeeded();
  await page.getByRole("region", { name: "Preview workbook" }).screenshot({
    path: path.join(ARTIFACTS, "10-scenario-sheet-en.png"),
  });

  // The audit report of the active (scenario) sheet: a new sheet, live, referring to the scenario.
  await page.getByRole("button", { name: "Audit report" }).click();
  await page.getByText("Created the audit report “Audit” for “Scenario”.").waitFor();
  assert.deepEqual(await sheetNames(page), ["Sheet1", "Scenario", "Audit"]);
  assert.equal(await cell(page, "A1").textContent(), "Audit report: Harbin Robotics Co.");
  const auditStack = await rowOf(page, "=Stacked total (STACK)");
  assert.deepEqual(
    await Promise.all(["D", "E", "F"].map((c) => cell(page, `${c}${auditStack}`).textContent())),
    ["12,120,000.00", "8,500,000.00", "1,000,000.00"]
  );
  await page.getByText("Cumulative cap (room left): 4,500,000 left [binding]").first().waitFor();
  assert.equal(
    await page.locator("td", { hasText: /^#/ }).count(),
    0,
    "no error in the audit sheet"
  );
  await page
    .getByText("Cumulative cap (room left): 4,500,000 left [binding]")
    .first()
    .scrollIntoViewIfNeeded();
  await page.getByRole("region", { name: "Preview workbook" }).screenshot({
    path: path.join(ARTIFACTS, "11-audit-en.png"),
  });

  // On a sheet that is not a scenario sheet, the audit report says so and adds nothing.
  await sheetTabs.getByRole("tab", { name: "Sheet1" }).click();
  await page.getByRole("button", { name: "Audit report" }).click();
  await page
    .getByText("The active sheet “Sheet1” is not a scenario sheet", { exact: false })
    .waitFor();
  // A second scenario never takes an existing sheet's name.
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Created “Scenario (2)”.", { exact: false }).waitFor();
  assert.deepEqual(await sheetNames(page), ["Sheet1", "Scenario", "Audit", "Scenario (2)"]);

  // office.js creates its logging frame 3 s after loading; wait for it so the request check sees it.
  await page.waitForTimeout(3500);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    offBox(external),
    [],
    "no request may leave localhost except office.js's telemetry"
  );
  await page.close();
});

test("in Chinese, the scenario sheet is written in Chinese; a wide window shows it beside the pane", async () => {
  const { page, problems } = await newPage({ width: 1280, height: 860 });
  await page.goto(url());
  await officeReady(page);
  await page.getByRole("button", { name: "中文" }).click();
  await page.getByRole("tablist", { name: "视图" }).getByRole("tab", { name: "情景测算" }).click();
  await page.getByRole("textbox", { name: /企业名称/ }).fill("哈尔滨机器人有限公司");
  await page.getByRole("checkbox", { name: "人工智能" }).check();
  await page.getByRole("button", { name: "生成情景测算表" }).click();
  await page.getByText("已生成“情景测算”", { exact: false }).waitFor();
  assert.equal(await cell(page, "A1").textContent(), "补贴情景测算：哈尔滨机器人有限公司");
  assert.equal(Math.round((await columnHead(page, "A").boundingBox()).width), 341);
  await page.screenshot({ path: path.join(ARTIFACTS, "12-scenario-wide-zh.png") });
  assert.deepEqual(problems, []);
  await page.close();
});

test("native formulas: the same Harbin scenario, without SUBSIDY calls, gives the same totals and audit", async () => {
  const { page, problems } = await newPage({ width: 420, height: 900 });
  await page.goto(url());
  await officeReady(page);
  await page.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Scenario" }).click();
  await page.getByRole("textbox", { name: /Company name/ }).fill("Harbin Robotics Co.");
  await page.getByRole("combobox", { name: "Location" }).selectOption("HEILONGJIANG");
  await page.getByRole("spinbutton", { name: "First model year" }).fill("2026");
  await page.getByRole("spinbutton", { name: "Last model year" }).fill("2028");
  await tickHarbinClauses(page);
  await page.getByLabel("Native (works without the add-in)").check();
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Its formulas are native", { exact: false }).waitFor();
  const stack = await typeInputsAndReadTotals(page);
  // The preview's formula bar shows the stacked total's formula: ordinary functions only.
  await cell(page, `F${stack}`).click();
  const formula = await page
    .getByRole("textbox", { name: "Contents of the active cell" })
    .inputValue();
  assert.match(formula, /^=/);
  assert.doesNotMatch(formula, /SUBSIDY\./);

  await page.getByRole("button", { name: "Audit report" }).click();
  await page.getByText("Created the audit report “Audit” for “Scenario”.").waitFor();
  const auditStack = await rowOf(page, "=Stacked total (STACK)");
  assert.deepEqual(
    await Promise.all(["D", "E", "F"].map((c) => cell(page, `${c}${auditStack}`).textContent())),
    ["12,120,000.00", "8,500,000.00", "1,000,000.00"]
  );
  assert.equal(await page.locator("td", { hasText: /^#/ }).count(), 0, "no error in the audit");
  await page.getByRole("region", { name: "Preview workbook" }).screenshot({
    path: path.join(ARTIFACTS, "13-native-audit-en.png"),
  });
  assert.deepEqual(problems, []);
  await page.close();
});

// Real-browser test of item rows (issue 15; setup in harness.js): in the preview workbook, "Add item row"
// gives HLJ-ROBOT-11 (launch events) a second award row with its own item key and inputs; both awards
// compute, and a blank required input errors only its own row, flagged "missing: Actual cost", while the
// year's total shows the error.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { usePane, shot, cell, officeReady, offBox, ARTIFACTS } = require("./harness");
const { rowsOf, type } = require("./sheet");
const { axeViolations } = require("./axe");

const { newPage, external, url } = usePane();

test("Add item row: two launch events, both awards, a blank input flagged on its own row, the total an error", async () => {
  const { page, problems } = await newPage({ width: 1280, height: 900 });
  await page.goto(url());
  assert.equal((await officeReady(page)).host, null); // a plain browser: preview mode

  await page.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Scenario" }).click();
  await page.getByRole("textbox", { name: /Company name/ }).fill("Harbin Robotics Co.");
  await page.getByRole("button", { name: "None: untick every clause of HLJ-ROBOT" }).click();
  await page.locator("#scenario-clause-HLJ-ROBOT-11").check();
  await page.getByRole("button", { name: "Add item row for HLJ-ROBOT-11" }).click();
  await page.getByText("2 item rows: each its own item key, inputs and award").waitFor();
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Created “Scenario”.", { exact: false }).waitFor();

  const inputs = await rowsOf(page, "HLJ_LAUNCH_EVENT_SUBSIDY · actual_cost");
  assert.equal(inputs.length, 2, "an input row per item row");
  const [award1] = await rowsOf(page, "=HLJ_LAUNCH_EVENT_SUBSIDY");
  const [award2] = await rowsOf(page, "=HLJ_LAUNCH_EVENT_SUBSIDY · item row 2");
  const [stack] = await rowsOf(page, "=Stacked total (STACK)");
  assert.ok(award1 && award2 && stack);
  assert.equal(await cell(page, `E${award2}`).textContent(), "item 2"); // its own item key

  // 「按照实际发生费用的30%，给予最高30万元」: 400,000 × 30% = 120,000; 1,500,000 × 30% = 450,000 → 300,000;
  // no cost in 2027 and 2028 (0). Different items: both count, 420,000.
  await type(page, `F${inputs[0]}`, "400000");
  await type(page, `F${inputs[1]}`, "1500000");
  for (const r of inputs) for (const c of ["G", "H"]) await type(page, `${c}${r}`, "0");
  await cell(page, `F${stack}`).filter({ hasText: "420,000.00" }).waitFor();
  assert.equal(await cell(page, `F${award1}`).textContent(), "120,000.00");
  assert.equal(await cell(page, `F${award2}`).textContent(), "300,000.00");
  assert.equal(await cell(page, `J${award2}`).textContent(), "");
  await cell(page, `J${award2}`).scrollIntoViewIfNeeded();
  assert.deepEqual(await axeViolations(page), [], "axe: a scenario with item rows");
  await shot(page, "26-item-rows-en", { fullPage: false });

  // Event 2's 2026 cost cleared: only its row errors, flagged with the input; the total is an error.
  await type(page, `F${inputs[1]}`, "");
  await cell(page, `J${award2}`).filter({ hasText: "missing: Actual cost" }).waitFor();
  assert.match(await cell(page, `F${award2}`).textContent(), /^#/);
  assert.equal(await cell(page, `F${award1}`).textContent(), "120,000.00");
  assert.equal(await cell(page, `J${award1}`).textContent(), "");
  assert.match(await cell(page, `F${stack}`).textContent(), /^#/);
  assert.match(await cell(page, `F${stack + 1}`).textContent(), /^#/); // the total over all years too
  await cell(page, `J${award2}`).scrollIntoViewIfNeeded();
  await page.getByRole("region", { name: "Preview workbook" }).screenshot({
    path: path.join(ARTIFACTS, "27-item-row-missing-en.png"),
  });

  await page.waitForTimeout(3500); // office.js's logging frame, for the request check
  assert.deepEqual(problems, []);
  assert.deepEqual(
    offBox(external),
    [],
    "no request may leave localhost except office.js's telemetry"
  );
  await page.close();
});

// Real-browser test of issue 15's "scenarios that survive closing Excel", in the preview workbook (setup in
// harness.js): create a scenario (HLJ-ROBOT-04 and HLJ-AI-04, one overlap group), type its investments,
// "Save in this browser", RELOAD the page, see the scenario recognised ("Scenarios in this workbook") with
// its typed inputs kept, produce its audit report from the stored document, then "Update scenario" with a
// changed profile (HLJ-AI-04 unticked): the award diff first, then a new sheet keeping the typed input.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { usePane, shot, cell, officeReady, offBox } = require("./harness");
const { rowOf, type, sheetNames } = require("./sheet");
const { axeViolations } = require("./axe");

const { newPage, external, url } = usePane();

const sheetTab = (page, name) =>
  page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true });

/** The scenario form: the company and, of the listed clauses, only `ids` ticked. */
async function fillForm(page, ids) {
  await page.getByRole("textbox", { name: /Company name/ }).fill("Harbin Robotics Co.");
  await page.getByRole("button", { name: "None: untick every clause of HLJ-ROBOT" }).click();
  for (const id of ids) await page.locator(`#scenario-clause-${id}`).check();
}

const ROBOT = "HLJ_PILOT_PLATFORM_GRANT · total_investment";
const AI = "HLJAI_PILOT_PLATFORM_GRANT · total_investment";

test("save the preview workbook, reload, the scenario is recognised with its inputs; audit; Update scenario", async () => {
  const { page, problems } = await newPage({ width: 460, height: 1000 });
  await page.goto(url());
  assert.equal((await officeReady(page)).host, null); // a plain browser: preview mode
  const views = page.getByRole("tablist", { name: "Views" });
  await views.getByRole("tab", { name: "Scenario" }).click();
  await page.getByText("No scenario sheet of this add-in in this workbook yet.").waitFor();

  await fillForm(page, ["HLJ-ROBOT-04", "HLJ-AI-04"]);
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Created “Scenario”.", { exact: false }).waitFor();
  const list = page.getByRole("list", { name: "Scenarios in this workbook" });
  await list.getByText("Scenario", { exact: true }).waitFor();

  // 20,000,000 × 30% = 6,000,000 and 40,000,000 × 30% = 12,000,000 → cap 10,000,000; one overlap
  // group (HLJ-PILOT): the stacked 2026 total is the larger, 10,000,000.
  const robotRow = await rowOf(page, ROBOT);
  const aiRow = await rowOf(page, AI);
  assert.ok(robotRow && aiRow, "the two investment rows");
  await type(page, `F${robotRow}`, "20,000,000");
  await type(page, `F${aiRow}`, "40,000,000");
  const stack = await rowOf(page, "=Stacked total (STACK)");
  await cell(page, `F${stack}`).filter({ hasText: "10,000,000.00" }).waitFor();

  await page.getByRole("button", { name: "Save in this browser" }).click();
  await page.getByText(/^Saved the preview workbook \(2 sheets\) in this browser/).waitFor();

  // ── The page reloads: the pane starts again with nothing in memory but the browser's copy. ──
  await page.reload();
  await officeReady(page);
  await views.getByRole("tab", { name: "Scenario" }).click();
  await list.getByText("Scenario", { exact: true }).waitFor();
  await list
    .getByText(/Harbin Robotics Co\., 2026–2028 · made by add-in .*, spec revision 2/)
    .waitFor();
  await sheetTab(page, "Scenario").click();
  assert.match(await cell(page, `F${robotRow}`).textContent(), /^20,000,000/);
  assert.match(await cell(page, `F${aiRow}`).textContent(), /^40,000,000/);
  await cell(page, `F${stack}`).filter({ hasText: "10,000,000.00" }).waitFor();
  assert.deepEqual(
    await axeViolations(page),
    [],
    "axe: the restored workbook and its scenarios list"
  );
  await shot(page, "24-persist-restored-en");

  // The audit report of the recognised sheet, from the stored document (no scenario made in this session).
  await page.getByRole("button", { name: "Audit “Scenario”" }).click();
  await page.getByText("Created the audit report “Audit” for “Scenario”.").waitFor();

  // A profile change: HLJ-AI-04 unticked. Update with the form's profile; the diff first, nothing written.
  await fillForm(page, ["HLJ-ROBOT-04"]);
  await page.getByRole("radio", { name: "the profile in the form above" }).check();
  await page.getByRole("button", { name: "Update scenario “Scenario”" }).click();
  const diff = page.getByRole("region", { name: "What updating “Scenario” changes" });
  await diff.getByText("1 typed input kept.").waitFor();
  // Without HLJ-AI-04 the 2026 total is 6,000,000: 6,000,000 − 10,000,000 = −4,000,000.
  const total = diff
    .getByRole("row")
    .filter({ hasText: "Stacked total" })
    .filter({ hasText: "2026" });
  const [cells, ...shown] = await total.getByRole("cell").allTextContents();
  assert.match(cells, new RegExp(`^F${stack} → F\\d+$`));
  assert.deepEqual(shown, [
    "Stacked total",
    "2026",
    "10,000,000.00",
    "6,000,000.00",
    "-4,000,000.00",
  ]);
  await diff.scrollIntoViewIfNeeded();
  assert.deepEqual(await axeViolations(page), [], "axe: the update diff");
  await shot(page, "25-update-diff-en", { fullPage: false });
  const before = await sheetNames(page);

  await diff.getByRole("button", { name: "Write updated sheet" }).click();
  await page
    .getByText("Created “Scenario (2)” from “Scenario”, 1 typed input kept.", { exact: false })
    .waitFor();
  const after = await sheetNames(page);
  assert.deepEqual(after, [...before, "Scenario (2)"]);
  await list.getByText("Scenario (2)", { exact: true }).waitFor();
  await sheetTab(page, "Scenario (2)").click();
  const newRow = await rowOf(page, ROBOT);
  assert.match(await cell(page, `F${newRow}`).textContent(), /^20,000,000/);
  const newStack = await rowOf(page, "=Stacked total (STACK)");
  await cell(page, `F${newStack}`).filter({ hasText: "6,000,000.00" }).waitFor();
  // The old sheet is untouched.
  await sheetTab(page, "Scenario").click();
  await cell(page, `F${stack}`).filter({ hasText: "10,000,000.00" }).waitFor();
  await shot(page, "26-update-written-en");

  assert.deepEqual(problems, []);
  // office.js's own telemetry iframe is aborted by the harness; nothing else leaves the machine.
  assert.deepEqual(offBox(external), []);
});

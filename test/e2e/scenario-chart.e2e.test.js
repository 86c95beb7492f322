// Real-browser test of the scenario sheet's chart (issue 15; setup in harness.js): the production build in
// headless Chromium, outside Office, so the sheet goes to the preview workbook. The Harbin robot case of
// test/workbook/scenario/harbin.test.ts: create the scenario sheet, type its inputs, and see the chart of
// the yearly totals stacked by document beside the grid, drawn from the computed totals.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { usePane, shot, cell, officeReady, offBox } = require("./harness");
const { rowOf, type } = require("./sheet");
const { tickHarbinClauses, typeHarbinInputs } = require("./harbin");
const { axeViolations } = require("./axe");

const { newPage, external, url } = usePane();

const rowText = (page, row) =>
  Promise.all(["F", "G", "H"].map((c) => cell(page, `${c}${row}`).textContent()));

/** Each drawn segment: [year, document, value]. */
const segments = (chart) =>
  chart.evaluate((svg) =>
    [...svg.querySelectorAll("rect[data-series]")].map((r) => [
      r.closest("g").getAttribute("data-category"),
      r.getAttribute("data-series"),
      Number(r.getAttribute("data-value")),
    ])
  );

test("Harbin 2026–2028: the scenario sheet states its build and draws the yearly totals stacked by document", async () => {
  const { page, problems } = await newPage({ width: 1280, height: 900 });
  await page.goto(url());
  assert.equal((await officeReady(page)).host, null); // a plain browser: preview mode

  await page.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Scenario" }).click();
  await page.getByRole("textbox", { name: /Company name/ }).fill("Harbin Robotics Co.");
  await page.getByRole("combobox", { name: "Location" }).selectOption("HEILONGJIANG");
  await page.getByRole("spinbutton", { name: "First model year" }).fill("2026");
  await page.getByRole("spinbutton", { name: "Last model year" }).fill("2028");
  await tickHarbinClauses(page);
  await page.getByRole("button", { name: "Create scenario sheet" }).click();
  await page.getByText("Created “Scenario”.", { exact: false }).waitFor();

  // The row under the headers names the add-in version and the spec revision.
  assert.match(
    await cell(page, "A3").textContent(),
    /^Built with the subsidy add-in \d+\.\d+\.\d+ against clause spec revision 2\.$/
  );

  // Before any input every total is 0: the chart is there, with no segment.
  const chart = page.getByRole("img", { name: "Chart: yearly totals by document" });
  await chart.waitFor();
  assert.deepEqual(await segments(chart), []);

  await typeHarbinInputs(page);
  const stack = await rowOf(page, "=Stacked total (STACK)");
  await cell(page, `F${stack}`).filter({ hasText: "12,120,000.00" }).waitFor();

  // The chart's data below the legend, worked by hand (test/workbook/scenario/chart.test.ts):
  //   HLJ-ROBOT 10,500,000 + 500,000 + 120,000 + 600,000 = 11,720,000; 4,500,000 + 3,000,000 + 300,000
  //   + 300,000 = 8,100,000; 1,000,000 — HLJ-AI 0 + 400,000 = 400,000; 400,000; 0. Each year adds up to STACK.
  const robot = await rowOf(page, "=HLJ-ROBOT");
  const ai = await rowOf(page, "=HLJ-AI");
  assert.deepEqual(await rowText(page, robot), ["11,720,000.00", "8,100,000.00", "1,000,000.00"]);
  assert.deepEqual(await rowText(page, ai), ["400,000.00", "400,000.00", "0.00"]);
  assert.deepEqual(await rowText(page, stack), ["12,120,000.00", "8,500,000.00", "1,000,000.00"]);

  // The chart draws the same numbers: stacked segments per document, each column's total above it.
  assert.deepEqual(await segments(chart), [
    ["2026", "HLJ-ROBOT", 11_720_000],
    ["2026", "HLJ-AI", 400_000],
    ["2027", "HLJ-ROBOT", 8_100_000],
    ["2027", "HLJ-AI", 400_000],
    ["2028", "HLJ-ROBOT", 1_000_000],
  ]);
  for (const total of ["12,120,000.00", "8,500,000.00", "1,000,000.00"])
    assert.ok((await chart.textContent()).includes(total), `the column total ${total}`);
  await page.getByRole("list", { name: "Series" }).getByText("HLJ-AI").waitFor();
  // A taller segment for a larger amount: HLJ-ROBOT 2026 (11,720,000) against HLJ-AI 2026 (400,000).
  const heights = await chart.evaluate((svg) =>
    [...svg.querySelectorAll('g[data-category="2026"] rect')].map(
      (r) => r.getBoundingClientRect().height
    )
  );
  assert.ok(heights[0] > 20 * heights[1], `heights ${heights}`);

  await chart.scrollIntoViewIfNeeded();
  assert.deepEqual(await axeViolations(page), [], "axe: the scenario sheet with its chart");
  await shot(page, "23-scenario-chart-en", { fullPage: false });

  // A typed change moves the chart: 2028 launch cost 1,000,000 × 30% = 300,000 → HLJ-ROBOT 2028 1,300,000.
  await type(page, `H${await rowOf(page, "HLJ_LAUNCH_EVENT_SUBSIDY · actual_cost")}`, "1,000,000");
  await chart.getByText("1,300,000.00", { exact: true }).waitFor();

  await page.waitForTimeout(3500); // office.js's logging frame, so the request check sees it
  assert.deepEqual(problems, []);
  assert.deepEqual(
    offBox(external),
    [],
    "no request may leave localhost except office.js's telemetry"
  );
  await page.close();
});

// Real-browser test of "Download .xlsx" in preview mode (setup in harness.js): the production build in
// headless Chromium under the pane's Content-Security-Policy (docs/security.md). The writer's ExcelJS chunk
// loads only on the first click; the file arrives through a Blob and an object URL, with no CSP violation,
// and is an .xlsx (a zip: "PK") holding the preview's cells, its formulas without cached values.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const ExcelJS = require("exceljs");
const { usePane, cell, officeReady } = require("./harness");
const { type, param } = require("./sheet");

const { newPage, url } = usePane();

test("Download .xlsx: the writer loads lazily, the file is saved under the CSP and holds the sheet", async () => {
  const { page, problems } = await newPage({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  const scripts = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  await page.goto(url());
  assert.equal((await officeReady(page)).host, null); // a plain browser: preview mode

  // An add-in formula at A1 (HZ_SCENARIO_AWARD: 6,000,000 × 50% = 3,000,000, capped at 2,000,000), a
  // typed number and a formula over it.
  await page.getByRole("searchbox", { name: "Search clauses" }).fill("HZ_SC");
  await page.getByRole("button", { name: /^HZ-HUMANOID-06\b/ }).click();
  await page.getByRole("textbox", { name: param("actual_investment") }).fill("6000000");
  await page.getByRole("button", { name: "Insert formula" }).click();
  await cell(page, "A1").filter({ hasText: "2,000,000.00" }).waitFor();
  await type(page, "C3", "40");
  await type(page, "C4", "=C3*2");
  await cell(page, "C4").filter({ hasText: "80" }).waitFor();

  const xlsxChunk = (u) => /\/xlsx\.[0-9a-f]+\.js$/.test(u);
  assert.equal(
    scripts.filter(xlsxChunk).length,
    0,
    "ExcelJS is not loaded before the first download"
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .xlsx" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "subsidy-model.xlsx");
  const bytes = fs.readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
  assert.equal(scripts.filter(xlsxChunk).length, 1, "the writer's chunk loads on the click");

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const ws = book.getWorksheet("Sheet1");
  assert.ok(ws, "the preview's sheet is in the file");
  const a1 = ws.getCell("A1").value;
  assert.match(a1.formula, /^SUBSIDY\.HZ_SCENARIO_AWARD\(6000000\b/);
  assert.equal(a1.result, undefined);
  assert.equal(ws.getCell("C3").value, 40);
  assert.deepEqual(ws.getCell("C4").value, { formula: "C3*2" }); // no cached result

  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await page.close();
});

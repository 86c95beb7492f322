// Real-browser test of the award curve (issue 15) on a clause's page: the production build in headless
// Chromium under the pane's Content-Security-Policy (setup in harness.js). The chart is
// @fluentui/react-charts in its own lazy chunk (award-chart.js), styled by Griffel's extracted CSS.
// Screenshots go to test/e2e/artifacts/.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { usePane, shot, officeReady } = require("./harness");
const { param } = require("./sheet");
const { fillRdCalculator } = require("./harbin");
const { axeViolations } = require("./axe");

const { newPage, url } = usePane();

async function openClause(page, query, id) {
  await page.getByRole("searchbox", { name: "Search clauses" }).fill(query);
  await page.getByRole("button", { name: new RegExp(`^${id}\\b`) }).click();
}

test("HLJ_RD_SUBSIDY: the award curve follows the calculator, its point and its table", async () => {
  const { page, problems } = await newPage();
  const chunks = [];
  page.on("request", (r) => chunks.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(url());
  await officeReady(page);
  await openClause(page, "研发", "HLJ-ROBOT-01");
  // The first paint did not fetch the chart: only a clause's curve does.
  assert.ok(!chunks.some((p) => p.includes("award-chart")), chunks.join(" "));

  await fillRdCalculator(page);

  // min(8,000,000, 6,000,000) × 2% + 2,000,000 × 10% = 320,000; × 1.5 = 480,000.
  const curve = page.getByRole("img", { name: /^Award curve/ });
  await curve.waitFor();
  assert.match(await curve.getAttribute("aria-label"), /your input 8,000,000\.00 → 480,000\.00$/);
  const svg = curve.locator("svg").first();
  await svg.waitFor({ timeout: 15000 });
  assert.ok(
    chunks.some((p) => p.includes("award-chart")),
    "the chart came in its own chunk"
  );
  // The line is drawn (a path with a non-trivial d) and has a size: Griffel's CSS reached it.
  const box = await svg.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 150, JSON.stringify(box));
  assert.ok(
    (await curve.locator('g[aria-label^="Award, line"] line').count()) > 20,
    "the award line is drawn, segment by segment"
  );
  // No axis label below zero (LineChart pads the axis under the markers; no award is negative).
  const labels = await svg.locator("text").allTextContents();
  assert.ok(labels.includes("0"), labels.join(" | "));
  assert.ok(!labels.some((l) => /^[-−]/.test(l.trim())), labels.join(" | "));
  // The chart inside is inert: the image's name stands for it, no point is a tab stop.
  assert.equal(await curve.locator("[inert]").count(), 1);
  // The input is a marker of its own (three series: the award, the breakpoints, the input).
  assert.equal(await curve.locator('g[aria-label^="Your input"] circle').count(), 1);
  await curve.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await shot(page, "21-award-curve-en", { fullPage: false });

  await page.getByRole("button", { name: "Show as table" }).click();
  const table = page.getByRole("table", { name: /^Award by R&D last year/ });
  await table.waitFor();
  // Above the prior year 180,000 + 15% × (x − 6,000,000) reaches 15,000,000 at 104,800,000.
  const room = table.getByRole("row", { name: /Room under the cap used up/ });
  assert.match(await room.textContent(), /104,800,000\.00.*15,000,000\.00/);
  const input = table.getByRole("row", { name: /Your input/ });
  assert.match(await input.textContent(), /8,000,000\.00.*480,000\.00/);
  await table.scrollIntoViewIfNeeded();
  assert.deepEqual(await axeViolations(page), [], "axe: the award curve and its table");
  await shot(page, "21b-award-curve-table-en", { fullPage: false });
  assert.deepEqual(problems, []);
});

test("HLJ_REVENUE_MILESTONE_AWARD: tiers draw as steps over revenue", async () => {
  const { page, problems } = await newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(url());
  await officeReady(page);
  await openClause(page, "HLJ_REVENUE", "HLJ-ROBOT-09");
  await page.getByRole("textbox", { name: param("annual_revenue") }).fill("60,000,000");
  // 「首次超过1000万元、5000万元…分别给予…50万元、200万元」: 60,000,000 newly crosses both; the highest, 2,000,000.
  const curve = page.getByRole("img", {
    name: /^Award curve: the award as Annual revenue grows, 4 breakpoints/,
  });
  await curve.waitFor();
  assert.match(
    await curve.getAttribute("aria-label"),
    /your input 60,000,000\.00 → 2,000,000\.00$/
  );
  await curve.locator("svg").first().waitFor({ timeout: 15000 });
  await curve.scrollIntoViewIfNeeded();
  assert.deepEqual(await axeViolations(page), [], "axe: a tiers award curve");
  await shot(page, "22-award-curve-tiers", { fullPage: false });

  // In Chinese the image is 补贴曲线.
  await page.getByRole("button", { name: "中文" }).click();
  await page.getByRole("img", { name: /^补贴曲线/ }).waitFor();
  assert.deepEqual(problems, []);
});

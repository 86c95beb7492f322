// The hand-worked cases the browser tests share. The Harbin robot company, 2026–2028, with the six clauses and
// inputs of test/scenario/harbin.test.ts (its yearly totals worked by hand there: 12,120,000 / 8,500,000 /
// 1,000,000); and HLJ_RD_SUBSIDY's calculator case: min(8,000,000, 6,000,000) × 2% + 2,000,000 × 10% =
// 320,000, × 1.5 = 480,000.
const assert = require("node:assert/strict");
const { param, rowOf, type } = require("./sheet");

/** The inputs by the label of their row: history column (E), then 2026–2028 (F–H); the item keys last. */
const HARBIN_INPUTS = [
  ["HLJ_RD_SUBSIDY · rd_last_year", ["100,000,000", "150,000,000", "160,000,000", "170,000,000"]],
  ["HLJ_RD_SUBSIDY · base_stock_ratio", [null, "2%", "2%", "2%"]],
  ["HLJ_RD_SUBSIDY · base_increment_ratio", [null, "10%", "10%", "10%"]],
  [
    "HLJ_REVENUE_MILESTONE_AWARD · annual_revenue",
    ["8,000,000", "30,000,000", "120,000,000", "110,000,000"],
  ],
  ["HLJ_LAUNCH_EVENT_SUBSIDY · actual_cost", [null, "400,000", "1,500,000", "0"]],
  ["HLJ_DATA_VOUCHER · annual_transaction_amount", [null, "6,000,000", "3,000,000", "12,000,000"]],
  ["HLJAI_RD_SUBSIDY · rd_last_year", ["100,000,000", "150,000,000", "160,000,000", "170,000,000"]],
  ["HLJAI_RD_SUBSIDY · base_stock_ratio", [null, "1%", "1%", "1%"]],
  ["HLJAI_RD_SUBSIDY · base_increment_ratio", [null, "5%", "5%", "5%"]],
  ["HLJAI_DATA_VOUCHER · annual_transaction_amount", [null, "5,000,000", "4,000,000", "2,000,000"]],
  // The item keys (column E of the award rows): two data-voucher items sharing one annual cap.
  ["=HLJ_DATA_VOUCHER", ["A"]],
  ["=HLJAI_DATA_VOUCHER", ["B"]],
];

/** The six clauses of the Harbin case, on the scenario form. */
async function tickHarbinClauses(page) {
  await page.getByRole("button", { name: "None: untick every clause of HLJ-ROBOT" }).click();
  for (const id of [
    "HLJ-ROBOT-01",
    "HLJ-ROBOT-09",
    "HLJ-ROBOT-11",
    "HLJ-ROBOT-13b",
    "HLJ-AI-03",
    "HLJ-AI-06c",
  ])
    await page.locator(`#scenario-clause-${id}`).check();
  await page.getByText(/^6 of \d+ ticked$/).waitFor();
}

/** Types HARBIN_INPUTS into the generated sheet of the preview grid, as a user would. */
async function typeHarbinInputs(page) {
  for (const [label, values] of HARBIN_INPUTS) {
    const row = await rowOf(page, label);
    assert.ok(row, `a row labelled ${label}`);
    for (let k = 0; k < values.length; k++)
      if (values[k] !== null) await type(page, `${"EFGH"[k]}${row}`, values[k]);
  }
}

/** HLJ_RD_SUBSIDY's calculator fields, filled (thousands separators accepted): the award is 480,000. */
const RD_CALCULATOR = [
  ["rd_last_year", "8,000,000"],
  ["rd_prior_year", "6000000"],
  ["base_stock_ratio", "0.02"],
  ["base_increment_ratio", "0.1"],
];

async function fillRdCalculator(page) {
  for (const [name, value] of RD_CALCULATOR)
    await page.getByRole("textbox", { name: param(name) }).fill(value);
}

module.exports = { HARBIN_INPUTS, tickHarbinClauses, typeHarbinInputs, fillRdCalculator };

/**
 * A sheet of HZ_SCENARIO_AWARD and SD_MODEL_VOUCHER calls (whole cells, nested, EACH, IN_FORCE), computed by
 * HyperFormula with the SUBSIDY functions registered, and its native copy computed by HyperFormula too
 * (useArrayArithmetic, as issue 14 requires for mask formulas): the copy calls no SUBSIDY function and every
 * award is the same, and the one the engine refuses is an error in both.
 */
import { DetailedCellError, type RawCellContent } from "hyperformula";
import { calculate } from "../../src";
import { copyWithNativeFormulas } from "../../src/workbook/native-copy";
import { nativeCopyPlan } from "../../src/workbook/native-copy-plan";
import type { SheetSnapshot } from "../../src/workbook/native-copy-types";
import { planToGrid } from "../../src/workbook/plan";
import { buildHyperFormula } from "../support/hyperformula";

// Columns: A label, B investment, C requested, D HZ award, E SD voucher, F nested, G EACH, H IN_FORCE, I uses H.
const ORIGINAL: RawCellContent[][] = [
  ["Row", "Investment", "Requested", "HZ", "SD", "Both", "Each", "In force", "Applied"],
  ["a", 1_000_000, 300_000],
  ["b", 6_000_000, 1_500_000],
  ["c", 1_234.56, null],
  ["d", "abc", -5],
];
for (let r = 1; r <= 4; r++) {
  const n = r + 1;
  ORIGINAL[r][3] = `=SUBSIDY.HZ_SCENARIO_AWARD(B${n})`;
  ORIGINAL[r][4] = `=SUBSIDY.SD_MODEL_VOUCHER(C${n})`;
  ORIGINAL[r][5] = `=SUBSIDY.HZ_SCENARIO_AWARD(B${n})*2+SUBSIDY.SD_MODEL_VOUCHER(C${n})`;
  ORIGINAL[r][8] = `=IF($H$2,D${n},0)`;
}
ORIGINAL[1][6] = '=SUBSIDY.EACH("HZ_SCENARIO_AWARD",B2:B5)';
ORIGINAL[1][7] = '=SUBSIDY.IN_FORCE("HZ-HUMANOID","2026-12-31")';

/**
 * By hand (HZ: 50 % of the investment, at most 2,000,000; SD: the request, at most 1,000,000, the cap when blank):
 *  a: HZ 1,000,000 × 0.5 = 500,000; SD 300,000; both 500,000 × 2 + 300,000 = 1,300,000
 *  b: HZ 3,000,000 → 2,000,000; SD 1,500,000 → 1,000,000; both 4,000,000 + 1,000,000 = 5,000,000
 *  c: HZ 1,234.56 × 0.5 = 617.28; SD blank → 1,000,000; both 1,234.56 + 1,000,000 = 1,001,234.56
 *  d: text and a negative request: errors.
 */
const AWARDS = [
  { hz: 500_000, sd: 300_000, both: 1_300_000 },
  { hz: 2_000_000, sd: 1_000_000, both: 5_000_000 },
  { hz: 617.28, sd: 1_000_000, both: 1_001_234.56 },
];

const shown = (v: unknown) =>
  v instanceof DetailedCellError ? v.value : v === null || v === undefined ? "" : v;

function snapshotOf(values: unknown[][]): SheetSnapshot {
  const width = ORIGINAL[0].length;
  const rows = ORIGINAL.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ""));
  return {
    name: "Model",
    row: 0,
    col: 0,
    formulas: rows,
    values: rows.map((line, r) => line.map((_, c) => shown(values[r]?.[c]))),
    numberFormats: rows.map((line) => line.map(() => "General")),
    columnWidths: [],
    spills: [{ row: 1, col: 6, rows: 4, cols: 1 }],
    spillsChecked: true,
    names: [],
    freezeRows: 1,
  };
}

describe("a native copy computes the awards of its original", () => {
  const original = buildHyperFormula(ORIGINAL, { useArrayArithmetic: true });
  const before = original.getSheetValues(0);
  const snapshot = snapshotOf(before);
  const frozen = JSON.stringify(snapshot);
  const copy = copyWithNativeFormulas(snapshot, calculate);
  const grid = planToGrid(nativeCopyPlan(snapshot, copy, "Model (native)", "note"));
  const native = buildHyperFormula(grid as RawCellContent[][], { useArrayArithmetic: true });
  const after = native.getSheetValues(0);

  afterAll(() => {
    original.destroy();
    native.destroy();
  });

  it("the copy calls no SUBSIDY function", () => {
    expect(copy.report.remaining).toEqual([]);
    expect(grid.flat().filter((c) => typeof c === "string" && /SUBSIDY\./i.test(c))).toEqual([]);
  });

  it("the original computes the awards worked out by hand", () => {
    AWARDS.forEach((a, k) => {
      expect(before[k + 1].slice(3, 7)).toEqual([a.hz, a.sd, a.both, a.hz]);
      expect(before[k + 1][8]).toBe(a.hz);
    });
  });

  it("every award of the copy equals the original's, and the refused inputs are errors in both", () => {
    for (let r = 1; r <= 3; r++) expect(after[r].slice(3, 9)).toEqual(before[r].slice(3, 9));
    for (const col of [3, 4, 5, 6, 8]) {
      expect(before[4][col]).toBeInstanceOf(DetailedCellError);
      expect(after[4][col]).toBeInstanceOf(DetailedCellError);
    }
    expect(after[1][7]).toBe(true);
  });

  it("reading the original for the copy changed nothing in it", () => {
    expect(JSON.stringify(snapshot)).toBe(frozen);
    expect(original.getSheetValues(0)).toEqual(before);
  });
});

/**
 * STACK and STACK_ROWS over a table on the sheet (HLJ-ROBOT-11 and HLJ-AI-11b are one overlap group,
 * HLJ-LAUNCH; each 30% of the event's cost, at most 300,000), a row naming its function rather than its
 * clause, item keys, and a blank row. By hand:
 *   row 2 HLJ-ROBOT-11, cost 400,000:  120,000, key blank
 *   row 3 HLJAI_LAUNCH_EVENT_SUBSIDY (HLJ-AI-11b), cost 500,000: 150,000, key blank → the larger of the
 *         blank item: row 2 counts 0, row 3 150,000
 *   row 4 HLJ-ROBOT-11, cost 1,500,000: 450,000 → 300,000, key "expo": an item of its own, counts 300,000
 *   row 5 blank: 0
 *   STACK = 150,000 + 300,000 = 450,000; STACK × 2 = 900,000.
 */
describe("a native copy stacks as its original (STACK, STACK_ROWS)", () => {
  const table: RawCellContent[][] = [
    ["Id", "Cost", "Award", "Item", "Counted", "Stack", "Twice"],
    ["HLJ-ROBOT-11", 400_000, "=SUBSIDY.HLJ_LAUNCH_EVENT_SUBSIDY(B2)", null],
    ["HLJAI_LAUNCH_EVENT_SUBSIDY", 500_000, "=SUBSIDY.HLJAI_LAUNCH_EVENT_SUBSIDY(B3)", null],
    ["HLJ-ROBOT-11", 1_500_000, "=SUBSIDY.HLJ_LAUNCH_EVENT_SUBSIDY(B4)", "expo"],
    [null, null, null, null],
  ];
  table[1][4] = "=SUBSIDY.STACK_ROWS(A2:A5,C2:C5,D2:D5)";
  table[1][5] = "=SUBSIDY.STACK($A$2:$A$5,$C$2:$C$5,$D$2:$D$5)";
  table[1][6] = "=SUBSIDY.STACK(A2:A5,C2:C5,D2:D5)*2";
  const original = buildHyperFormula(table, { useArrayArithmetic: true });
  const before = original.getSheetValues(0);
  const width = table[0].length;
  const rows = table.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ""));
  const snapshot: SheetSnapshot = {
    name: "Stack",
    row: 0,
    col: 0,
    formulas: rows,
    values: rows.map((line, r) => line.map((_, c) => shown(before[r]?.[c]))),
    numberFormats: rows.map((line) => line.map(() => "General")),
    columnWidths: [],
    spills: [{ row: 1, col: 4, rows: 4, cols: 1 }],
    spillsChecked: true,
    names: [],
    freezeRows: 1,
  };
  const copy = copyWithNativeFormulas(snapshot, calculate);
  const grid = planToGrid(nativeCopyPlan(snapshot, copy, "Stack (native)", "note"));
  const native = buildHyperFormula(grid as RawCellContent[][], { useArrayArithmetic: true });
  const after = native.getSheetValues(0);
  const counted = (values: unknown[][]) => [1, 2, 3, 4].map((r) => values[r][4]);

  afterAll(() => {
    original.destroy();
    native.destroy();
  });

  it("the original stacks as worked out by hand", () => {
    expect(counted(before)).toEqual([0, 150_000, 300_000, 0]);
    expect([before[1][5], before[1][6]]).toEqual([450_000, 900_000]);
  });

  it("the copy calls no SUBSIDY function and gives the same counted amounts and totals", () => {
    expect(copy.report.remaining).toEqual([]);
    expect(copy.report.entries.filter((e) => e.fn.startsWith("STACK"))).toEqual([
      { cell: "E2", fn: "STACK_ROWS", outcome: "twin" },
      { cell: "F2", fn: "STACK", outcome: "twin" },
      { cell: "G2", fn: "STACK", outcome: "twin" },
    ]);
    expect(counted(after)).toEqual([0, 150_000, 300_000, 0]);
    expect([after[1][5], after[1][6]]).toEqual([450_000, 900_000]);
  });

  it("a cost that changes in the copy is stacked anew (row 2 at 600,000: 180,000 beats 150,000)", () => {
    native.setCellContents({ sheet: 0, row: 1, col: 1 }, 600_000);
    expect(counted(native.getSheetValues(0))).toEqual([180_000, 0, 300_000, 0]);
    expect(native.getCellValue({ sheet: 0, row: 1, col: 5 })).toBe(480_000); // 180,000 + 300,000
  });
});

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

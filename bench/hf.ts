/**
 * Recalculation time of SUBSIDY formulas against the same awards written natively, in HyperFormula
 * (a dev-only GPL oracle, through the test suite's plugin test/support/hyperformula.ts). One workbook, one process, interleaved: each round changes $Z$1 (every
 * SUBSIDY formula recalculates) and $Z$2 (every native formula recalculates), alternating which goes
 * first; the ratio is of the medians. Before timing, and after, every SUBSIDY result must equal its
 * native twin, so the benchmark never times a wrong number, or lies one fen from it, counted: under a room
 * that ends in a fraction of a fen (5,000,000 − 4,572,283 × 1.0003 = 426,345.3151) the engine floors to the
 * room (426,345.31: a cap is never exceeded after rounding, spec Revision 2) where ROUND goes over
 * (426,345.32), and at a decimal tie the native formulas' nudged binary ROUND(x + 1e-8, 2) can move.
 *
 *   ts-node --transpile-only bench/hf.ts mixed 10000 [recalcs]
 *   ts-node --transpile-only bench/hf.ts spill 10000 [recalcs]
 *   ts-node --transpile-only bench/hf.ts generated 10000 [recalcs]   (K: nativeFormula's generated twins)
 * prints one JSON line.
 */
import type { HyperFormula } from "hyperformula";
import { buildHyperFormula } from "../test/support/hyperformula";
import {
  NATIVE_COL,
  SCALE_COL,
  SUBSIDY_COL,
  generatedSheet,
  mixedSheet,
  scaleAt,
  spillSheet,
} from "./sheets";
import { median } from "./stats";

export type HfMode = "mixed" | "spill" | "generated";

export interface HfResult {
  mode: HfMode;
  rows: number;
  recalcs: number;
  subsidyMs: number;
  nativeMs: number;
  ratio: number;
  buildMs: number;
  checked: number;
  /** Cells where the native twin is one fen from the exact award (binary rounding at a decimal tie). */
  fenOff: number;
}

/**
 * Compares two columns cell by cell: equal, or one fen apart (counted); throws on any other difference (the
 * benchmark never times a wrong number).
 */
function compareColumns(
  hf: HyperFormula,
  rows: number,
  a: number,
  b: number,
  what: string
): { checked: number; fenOff: number } {
  const sheet = hf.getSheetValues(0);
  let fenOff = 0;
  for (let r = 0; r < rows; r++) {
    const x = sheet[r]?.[a];
    const y = sheet[r]?.[b];
    if (typeof x === "number" && typeof y === "number" && x === y) continue;
    if (typeof x === "number" && typeof y === "number" && Math.abs(x - y) <= 0.0100001) {
      fenOff++;
      continue;
    }
    throw new Error(
      `${what}: row ${r + 1} differs: SUBSIDY ${JSON.stringify(x)} vs native ${JSON.stringify(y)}`
    );
  }
  return { checked: rows, fenOff };
}

export function runHf(mode: HfMode, rows: number, recalcs = 15): HfResult {
  const data =
    mode === "mixed"
      ? mixedSheet(rows)
      : mode === "spill"
        ? spillSheet(rows)
        : generatedSheet(rows);
  const [subCol, natCol] = mode === "spill" ? [1, 2] : [SUBSIDY_COL, NATIVE_COL];
  const t0 = performance.now();
  // The test suite's HyperFormula plugin: every sheet function under SUBSIDY., calling the same invoke Excel calls.
  // Spill: Excel evaluates A1:A10000*$Z$1 as an array (dynamic arrays); HyperFormula needs useArrayArithmetic
  // for the spill size to be predicted at parse time. Generated: the twins' SUMPRODUCT masks need it too
  // (without it they silently give 0).
  const hf = buildHyperFormula(data, {
    maxColumns: 64,
    ...(mode !== "mixed" ? { useArrayArithmetic: true } : {}),
  });
  const buildMs = performance.now() - t0;
  const z1 = { sheet: 0, col: SCALE_COL, row: 0 };
  const z2 = { sheet: 0, col: SCALE_COL, row: 1 };
  const atBuild = compareColumns(hf, rows, subCol, natCol, "at build");
  let checked = atBuild.checked;
  let fenOff = atBuild.fenOff;

  const sub: number[] = [];
  const nat: number[] = [];
  const warmup = 3;
  for (let i = 0; i < recalcs + warmup; i++) {
    const s = scaleAt(i);
    const timeSet = (addr: typeof z1) => {
      const t = performance.now();
      hf.setCellContents(addr, [[s]]);
      return performance.now() - t;
    };
    let ts: number;
    let tn: number;
    if (i % 2 === 0) {
      ts = timeSet(z1);
      tn = timeSet(z2);
    } else {
      tn = timeSet(z2);
      ts = timeSet(z1);
    }
    if (i >= warmup) {
      sub.push(ts);
      nat.push(tn);
    }
    // Same scale in both cells: every SUBSIDY result must equal its native twin (checked on a few rounds).
    if (i === warmup || i === recalcs + warmup - 1) {
      const round = compareColumns(hf, rows, subCol, natCol, `round ${i}`);
      checked += round.checked;
      fenOff += round.fenOff;
    }
  }
  const subsidyMs = median(sub);
  const nativeMs = median(nat);
  hf.destroy();
  return {
    mode,
    rows,
    recalcs,
    subsidyMs,
    nativeMs,
    ratio: subsidyMs / nativeMs,
    buildMs,
    checked,
    fenOff,
  };
}

if (require.main === module) {
  const [mode = "mixed", rowsArg = "10000", recalcsArg = "15"] = process.argv.slice(2);
  const result = runHf(mode as HfMode, Number(rowsArg), Number(recalcsArg));
  console.log(JSON.stringify(result));
}

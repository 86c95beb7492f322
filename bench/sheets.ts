/**
 * The benchmark workbook: one row per award, cycling through four clause shapes, each row's SUBSIDY
 * formula beside the same award written with native spreadsheet functions.
 *
 *   HZ_SCENARIO_AWARD           rate with a cap
 *   HLJ_RD_SUBSIDY              threshold, stock/increment ratios × 1.5, room under a cumulative cap
 *   HLJ_REVENUE_MILESTONE_AWARD tiers newly crossed (highest)
 *   HLJ_FIRST_SET_AWARD         a range of unit prices: per-item threshold, rate, per-unit cap, annual room
 *
 * Columns: A–E inputs, J the SUBSIDY formula (scaled by $Z$1), K the native formula (scaled by $Z$2).
 * Every row depends on its scale cell, so changing Z1 recalculates every SUBSIDY formula and nothing
 * else; changing Z2 recalculates every native formula and nothing else. The native formulas type the
 * policy numbers again — exactly what the catalog exists to avoid, and why they are only a yardstick.
 */

export const SUBSIDY_COL = 9; // J
export const NATIVE_COL = 10; // K
export const SCALE_COL = 25; // Z

/** mulberry32: a small deterministic generator, so every run measures the same workbook. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Kind = "HZ" | "RD" | "MILESTONE" | "FIRST_SET";
export const KINDS: Kind[] = ["HZ", "RD", "MILESTONE", "FIRST_SET"];

export const FUNCTION_OF: Record<Kind, string> = {
  HZ: "HZ_SCENARIO_AWARD",
  RD: "HLJ_RD_SUBSIDY",
  MILESTONE: "HLJ_REVENUE_MILESTONE_AWARD",
  FIRST_SET: "HLJ_FIRST_SET_AWARD",
};

/** Inputs of one row (numbers only; A1-style cells A.. in order). */
export function inputsFor(kind: Kind, rand: () => number): number[] {
  const int = (lo: number, hi: number) => Math.floor(lo + rand() * (hi - lo));
  switch (kind) {
    case "HZ":
      return [int(0, 8_000_000)];
    case "RD":
      return [
        int(0, 40_000_000),
        int(0, 40_000_000),
        [0.02, 0.03, 0.05][int(0, 3)],
        [0.1, 0.15, 0.2][int(0, 3)],
        int(0, 16_000_000),
      ];
    case "MILESTONE":
      return [
        Math.floor(Math.exp(Math.log(1e6) + rand() * (Math.log(5e8) - Math.log(1e6)))),
        int(0, 4e8),
      ];
    case "FIRST_SET":
      return [int(0, 6_000_000), int(0, 6_000_000), int(0, 6_000_000), int(0, 5_500_000)];
  }
}

/** The SUBSIDY formula of a row (1-based sheet row n), scaled by `scale` (an absolute reference). */
export function subsidyFormula(kind: Kind, n: number, scale = "$Z$1"): string {
  switch (kind) {
    case "HZ":
      return `=SUBSIDY.HZ_SCENARIO_AWARD(A${n}*${scale})`;
    case "RD":
      return `=SUBSIDY.HLJ_RD_SUBSIDY(A${n}*${scale},B${n},C${n},D${n},E${n})`;
    case "MILESTONE":
      return `=SUBSIDY.HLJ_REVENUE_MILESTONE_AWARD(A${n}*${scale},B${n})`;
    case "FIRST_SET":
      return `=SUBSIDY.HLJ_FIRST_SET_AWARD(A${n}:C${n},D${n}*${scale})`;
  }
}

/** The same award with native functions only (what a modeller would type without the add-in). */
export function nativeFormula(kind: Kind, n: number, scale = "$Z$2"): string {
  const x = `A${n}*${scale}`;
  switch (kind) {
    case "HZ":
      return `=ROUND(MIN(${x}*0.5,2000000)+0.00000001,2)`;
    case "RD":
      return `=IF(${x}>=500000,ROUND(MAX(0,MIN((MIN(${x},B${n})*C${n}+MAX(0,${x}-B${n})*D${n})*1.5,MAX(0,15000000-E${n})))+0.00000001,2),0)`;
    case "MILESTONE": {
      const tier = (t: number, award: number, rest: string) =>
        `IF(AND(${x}>${t},B${n}<=${t}),${award},${rest})`;
      return `=${tier(300000000, 5000000, tier(100000000, 3000000, tier(50000000, 2000000, tier(10000000, 500000, "0"))))}`;
    }
    case "FIRST_SET": {
      const item = (c: string) => `IF(${c}${n}>=500000,MIN(${c}${n}*0.5,2000000),0)`;
      return `=ROUND(MIN(${item("A")}+${item("B")}+${item("C")},MAX(0,5000000-D${n}*${scale}))+0.00000001,2)`;
    }
  }
}

/** The mixed sheet: `rows` rows cycling through the four kinds, J = SUBSIDY, K = native, Z1 = Z2 = 1. */
export function mixedSheet(rows: number, seed = 6): (number | string | null)[][] {
  const rand = rng(seed);
  const out: (number | string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const kind = KINDS[r % KINDS.length];
    const line: (number | string | null)[] = new Array(SCALE_COL + 1).fill(null);
    inputsFor(kind, rand).forEach((v, i) => (line[i] = v));
    line[SUBSIDY_COL] = subsidyFormula(kind, r + 1);
    line[NATIVE_COL] = nativeFormula(kind, r + 1);
    out.push(line);
  }
  out[0][SCALE_COL] = 1;
  if (rows > 1) out[1][SCALE_COL] = 1;
  return out;
}

/** The spill sheet: A = investments, B1 = one SUBSIDY.EACH over all rows, C = one native formula a row. */
export function spillSheet(rows: number, seed = 7): (number | string | null)[][] {
  const rand = rng(seed);
  const out: (number | string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: (number | string | null)[] = new Array(SCALE_COL + 1).fill(null);
    line[0] = inputsFor("HZ", rand)[0];
    line[2] = nativeFormula("HZ", r + 1);
    out.push(line);
  }
  out[0][1] = `=SUBSIDY.EACH("HZ_SCENARIO_AWARD",A1:A${rows}*$Z$1)`;
  out[0][SCALE_COL] = 1;
  out[1][SCALE_COL] = 1;
  return out;
}

/** Scale factors the benchmark cycles through (each changes every row's result). */
export function scaleAt(i: number): number {
  return 1 + (i % 2 === 0 ? 1 : -1) * 0.0001 * (1 + (i % 7));
}

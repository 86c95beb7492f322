/**
 * Per-call cost of the function path Excel takes — sheetFunction.invoke = computeAward: validation
 * (spec §2.4), the clause's compute, floor, rounding to the fen — against the same four clauses written
 * by hand in plain JavaScript on already-valid numbers (rounding included, Math.round(x * 100) / 100).
 * Same inputs, same order, ≥ 1,000,000 calls a side, repeated; the ratio is of the medians.
 *
 * With the yardstick "checked" the hand-written clauses first check every argument as validation would keep
 * it (count, type, 0 ≤ x ≤ limit, blank → default, a code among its values), written out per clause: the
 * engine's price against a yardstick that also refuses bad input (engine_checked_ratio, reported).
 *
 *   ts-node --transpile-only bench/engine.ts [calls] [repeats] [plain|checked]   → one JSON line
 */
import { MAX_AMOUNT } from "../src/engine/money";
import { isBlank } from "../src/engine/validate";
import { sheetFunctionByName } from "../src/sheet-functions";
import type { SheetFunction } from "../src/sheet-functions/types";
import { FUNCTION_OF, KINDS, type Kind, inputsFor, rng, scaleAt } from "./sheets";
import { median } from "./stats";

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The four clauses by hand: the yardstick (policy numbers typed again, no validation). */
const plain: Record<Kind, (a: readonly unknown[]) => number> = {
  HZ: (a) => r2(Math.min((a[0] as number) * 0.5, 2_000_000)),
  RD: (a) => {
    const last = a[0] as number;
    const prior = a[1] as number;
    if (last < 500_000) return 0;
    const raised =
      (Math.min(last, prior) * (a[2] as number) + Math.max(0, last - prior) * (a[3] as number)) *
      1.5;
    return r2(Math.max(0, Math.min(raised, Math.max(0, 15_000_000 - (a[4] as number)))));
  },
  MILESTONE: (a) => {
    const v = a[0] as number;
    const p = a[1] as number;
    if (v > 300_000_000 && p <= 300_000_000) return 5_000_000;
    if (v > 100_000_000 && p <= 100_000_000) return 3_000_000;
    if (v > 50_000_000 && p <= 50_000_000) return 2_000_000;
    if (v > 10_000_000 && p <= 10_000_000) return 500_000;
    return 0;
  },
  FIRST_SET: (a) => {
    let sum = 0;
    for (const row of a[0] as number[][])
      for (const p of row) if (p >= 500_000) sum += Math.min(p * 0.5, 2_000_000);
    return r2(Math.min(sum, Math.max(0, 5_000_000 - (a[1] as number))));
  },
};

// The checked yardstick's argument checks: small, so that V8 inlines them; a refusal throws, as the engine
// does (the benchmark's inputs are all valid, so none is thrown while timing).
const refuse = (name: string): never => {
  throw new Error(`${name} refused`);
};
const amount = (v: unknown, name: string): number =>
  typeof v === "number" && v >= 0 && v <= MAX_AMOUNT ? v : refuse(name);
const rate = (v: unknown, name: string): number =>
  typeof v === "number" && v >= 0 && v <= 1 ? v : refuse(name);
const optAmount = (v: unknown, name: string, none: number): number =>
  isBlank(v) ? none : amount(v, name);
const optCode = (v: unknown, name: string, codes: readonly string[], none: string): string =>
  isBlank(v) ? none : typeof v === "string" && codes.includes(v) ? v : refuse(name);
const arity = (a: readonly unknown[], least: number, most: number): void => {
  if (a.length < least || a.length > most) refuse("arguments");
};

/**
 * The four clauses by hand again, each argument checked first (the parameter lists of their records). Written
 * out whole, checks and arithmetic in one pass, as a validating clause would be written by hand: checking and
 * then calling the plain clause reads a range twice and measured about a fifth slower, which would flatter the
 * engine.
 */
const checked: Record<Kind, (a: readonly unknown[]) => number> = {
  HZ: (a) => {
    arity(a, 1, 1);
    return r2(Math.min(amount(a[0], "actual_investment") * 0.5, 2_000_000));
  },
  RD: (a) => {
    arity(a, 4, 7);
    const last = amount(a[0], "rd_last_year");
    const prior = amount(a[1], "rd_prior_year");
    const stockRatio = rate(a[2], "base_stock_ratio");
    const incrementRatio = rate(a[3], "base_increment_ratio");
    const received = optAmount(a[4], "received_to_date", 0);
    optCode(a[5], "stock_basis", ["SPLIT", "TOTAL"], "SPLIT");
    optAmount(a[6], "base_annual_cap", NaN);
    if (last < 500_000) return 0;
    const raised =
      (Math.min(last, prior) * stockRatio + Math.max(0, last - prior) * incrementRatio) * 1.5;
    return r2(Math.max(0, Math.min(raised, Math.max(0, 15_000_000 - received))));
  },
  MILESTONE: (a) => {
    arity(a, 1, 3);
    const v = amount(a[0], "annual_revenue");
    const p = optAmount(a[1], "prior_max_revenue", 0);
    optCode(a[2], "mode", ["HIGHEST", "SUM", "TOP_UP"], "HIGHEST");
    if (v > 300_000_000 && p <= 300_000_000) return 5_000_000;
    if (v > 100_000_000 && p <= 100_000_000) return 3_000_000;
    if (v > 50_000_000 && p <= 50_000_000) return 2_000_000;
    if (v > 10_000_000 && p <= 10_000_000) return 500_000;
    return 0;
  },
  FIRST_SET: (a) => {
    arity(a, 1, 2);
    const rows = Array.isArray(a[0]) ? (a[0] as unknown[]) : refuse("unit_prices");
    const received = optAmount(a[1], "received_to_date", 0);
    let sum = 0;
    for (const row of rows) {
      const cells = Array.isArray(row) ? (row as unknown[]) : refuse("unit_prices");
      for (const cell of cells) {
        if (isBlank(cell)) continue;
        const p = amount(cell, "unit_prices");
        if (p >= 500_000) sum += Math.min(p * 0.5, 2_000_000);
      }
    }
    return r2(Math.min(sum, Math.max(0, 5_000_000 - received)));
  },
};

export type Yardstick = "plain" | "checked";
export const YARDSTICKS: Record<Yardstick, Record<Kind, (a: readonly unknown[]) => number>> = {
  plain,
  checked,
};

interface Row {
  kind: Kind;
  fn: SheetFunction;
  /** The yardstick's clause. */
  plain: (a: readonly unknown[]) => number;
  args: unknown[];
}

/** Arguments as Excel passes them: numbers, and a 1×3 range for the first-set prices. */
function rows(n: number, yardstick: Yardstick): Row[] {
  const rand = rng(11);
  const out: Row[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length];
    const x = inputsFor(kind, rand);
    const s = scaleAt(i);
    const args: unknown[] =
      kind === "FIRST_SET"
        ? [[[x[0] * s, x[1], x[2]]], x[3]]
        : kind === "RD"
          ? [x[0] * s, ...x.slice(1)]
          : [x[0] * s, ...x.slice(1)];
    out.push({
      kind,
      fn: sheetFunctionByName.get(FUNCTION_OF[kind])!,
      plain: YARDSTICKS[yardstick][kind],
      args,
    });
  }
  return out;
}

export interface EngineResult {
  yardstick: Yardstick;
  calls: number;
  repeats: number;
  engineNsPerCall: number;
  plainNsPerCall: number;
  ratio: number;
  /** Inputs where Math.round(x * 100) / 100 is a fen off the correctly rounded award (float ties). */
  plainFenOff: number;
  inputs: number;
  byKind: Record<string, { engineNs: number; plainNs: number; ratio: number }>;
}

function timeLoop(data: Row[], calls: number, engine: boolean): { ms: number; sum: number } {
  let sum = 0;
  const n = data.length;
  const t = performance.now();
  if (engine) {
    for (let i = 0; i < calls; i++) {
      const r = data[i % n];
      sum += r.fn.invoke(r.args) as number;
    }
  } else {
    for (let i = 0; i < calls; i++) {
      const r = data[i % n];
      sum += r.plain(r.args);
    }
  }
  return { ms: performance.now() - t, sum };
}

/**
 * Same answers first: the yardstick must compute what the engine computes — to the fen. Math.round(x × 100)
 * rounds a float tie such as 1,458,308.79 × 0.5 = 729,154.395 (the double 729,154.39499…) down; the engine
 * reads it at 15 significant digits and rounds it up (spec §2.1). Those are counted, not failed.
 */
function checkSame(data: Row[]): number {
  let fenOff = 0;
  for (const r of data) {
    const e = r.fn.invoke(r.args) as number;
    const p = r.plain(r.args);
    if (e === p) continue;
    if (Math.abs(e - p) <= 0.0100001) fenOff++;
    else throw new Error(`${r.fn.name}(${JSON.stringify(r.args)}): engine ${e} vs plain ${p}`);
  }
  return fenOff;
}

function measure(
  data: Row[],
  calls: number,
  repeats: number
): { engineNs: number; plainNs: number } {
  const eng: number[] = [];
  const pl: number[] = [];
  timeLoop(data, calls, true); // warm-up (JIT)
  timeLoop(data, calls, false);
  for (let k = 0; k < repeats; k++) {
    const a = k % 2 === 0 ? timeLoop(data, calls, true) : timeLoop(data, calls, false);
    const b = k % 2 === 0 ? timeLoop(data, calls, false) : timeLoop(data, calls, true);
    const [e, p] = k % 2 === 0 ? [a, b] : [b, a];
    eng.push((e.ms * 1e6) / calls);
    pl.push((p.ms * 1e6) / calls);
  }
  return { engineNs: median(eng), plainNs: median(pl) };
}

export function runEngine(
  calls = 1_000_000,
  repeats = 7,
  yardstick: Yardstick = "plain"
): EngineResult {
  const data = rows(4_000, yardstick);
  const plainFenOff = checkSame(data);
  const mixed = measure(data, calls, repeats);
  const byKind: EngineResult["byKind"] = {};
  for (const kind of KINDS) {
    const m = measure(
      data.filter((r) => r.kind === kind),
      Math.max(250_000, calls >> 2),
      repeats
    );
    byKind[FUNCTION_OF[kind]] = {
      engineNs: m.engineNs,
      plainNs: m.plainNs,
      ratio: m.engineNs / m.plainNs,
    };
  }
  return {
    yardstick,
    calls,
    repeats,
    engineNsPerCall: mixed.engineNs,
    plainNsPerCall: mixed.plainNs,
    ratio: mixed.engineNs / mixed.plainNs,
    plainFenOff,
    inputs: data.length,
    byKind,
  };
}

if (require.main === module) {
  const [callsArg = "1000000", repeatsArg = "7", yardstick = "plain"] = process.argv.slice(2);
  if (!(yardstick in YARDSTICKS))
    throw new Error(`yardstick must be plain or checked: ${yardstick}`);
  console.log(
    JSON.stringify(runEngine(Number(callsArg), Number(repeatsArg), yardstick as Yardstick))
  );
}

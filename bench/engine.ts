/**
 * Per-call cost of the function path Excel takes — sheetFunction.invoke = computeAward: validation
 * (spec §2.4), the clause's compute, floor, rounding to the fen — against the same four clauses written
 * by hand in plain JavaScript on already-valid numbers (rounding included, Math.round(x * 100) / 100).
 * Same inputs, same order, ≥ 1,000,000 calls a side, repeated; the ratio is of the medians.
 *
 *   ts-node --transpile-only bench/engine.ts [calls] [repeats]   → one JSON line
 */
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

interface Row {
  kind: Kind;
  fn: SheetFunction;
  plain: (a: readonly unknown[]) => number;
  args: unknown[];
}

/** Arguments as Excel passes them: numbers, and a 1×3 range for the first-set prices. */
function rows(n: number): Row[] {
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
    out.push({ kind, fn: sheetFunctionByName.get(FUNCTION_OF[kind])!, plain: plain[kind], args });
  }
  return out;
}

export interface EngineResult {
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

export function runEngine(calls = 1_000_000, repeats = 7): EngineResult {
  const data = rows(4_000);
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
  const [callsArg = "1000000", repeatsArg = "7"] = process.argv.slice(2);
  console.log(JSON.stringify(runEngine(Number(callsArg), Number(repeatsArg))));
}

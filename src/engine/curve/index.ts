/**
 * The award curve of a clause function (issue 15): the award as its base-role parameter grows, the other
 * arguments held as given, with the breakpoints its shapes know (marks.ts) and samples computed by the real
 * engine — each breakpoint sampled itself and a fen either side, so a step or a kink is drawn where it is.
 * A function without a base parameter (a fixed or by-category award) gets a table of its amounts instead.
 * Pure: no React, no DOM; the pane's chart only draws what this returns.
 */
import type { ClauseFunction, ParamSpec, Text } from "../../catalog/types";
import { computeAward } from "../evaluate";
import { type Mark, marksOf } from "./marks";

export type { BreakpointKind, Mark } from "./marks";

/** One sample: the award at `x`, or null where the engine refuses the value (a request inside a band's gap). */
export interface CurvePoint {
  x: number;
  award: number | null;
}

/** A breakpoint with the award the engine gives at it. */
export interface Breakpoint extends Mark {
  award: number | null;
}

export interface AwardCurve {
  kind: "curve";
  /** The base-role parameter the curve varies. */
  param: ParamSpec;
  /** A range parameter (one cell per item): the curve is one item's price, alone in the range. */
  perItem: boolean;
  breakpoints: Breakpoint[];
  /** Ascending in x, from 0 to a little past the last breakpoint or the current value. */
  points: CurvePoint[];
  /** The base value given (a range: its first item) and its award, when one is given. */
  current?: CurvePoint;
}

/** A fixed or by-category award: one row per code of its category parameter (one row without one). */
export interface AwardTable {
  kind: "table";
  param?: ParamSpec;
  rows: { code?: string; label?: Text; award: number | null }[];
}

/** The other arguments are not valid: there is no curve to draw until they are. */
export interface NoPicture {
  kind: "none";
}

export type AwardPicture = AwardCurve | AwardTable | NoPicture;

/** Even steps from 0 to the end of the range, before the breakpoints and their neighbours are added. */
const STEPS = 40;
/** One fen: the neighbourhood of a breakpoint, the resolution of money. */
const FEN = 0.01;
/** Marks are kept to a millionth of a yuan: cap ÷ rate exact, without the last bit of a double's noise. */
const MICRO = 1e6;
/** The range when nothing marks one (no breakpoint, no value given). */
const DEFAULT_RANGE = 1_000_000;

/** The award, or null when the engine refuses the arguments (the calculator shows why). */
function awardOf(fn: ClauseFunction, raw: readonly unknown[]): number | null {
  try {
    return computeAward(fn, raw);
  } catch {
    return null;
  }
}

/** 1, 2 or 5 × a power of ten, at least `n`: an axis that ends on a round figure. */
export function niceCeiling(n: number): number {
  if (n <= 0) return DEFAULT_RANGE;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 5, 10].find((m) => m * power >= n) ?? 10;
  return step * power;
}

/** The first number of a base argument as the calculator passes it (a range: its first item). */
function givenValue(raw: unknown): number | undefined {
  const first = Array.isArray(raw)
    ? (raw.flat(2) as unknown[]).find((v) => typeof v === "number")
    : raw;
  return typeof first === "number" && Number.isFinite(first) ? first : undefined;
}

export function awardCurve(fn: ClauseFunction, rawArgs: readonly unknown[]): AwardPicture {
  const base = fn.params.findIndex((p) => p.role?.kind === "base");
  if (base < 0) return awardTable(fn, rawArgs);
  const param = fn.params[base];
  const perItem = param.kind === "amounts";
  const at = (x: number): unknown[] => {
    const raw = [...rawArgs];
    raw[base] = perItem ? [[x]] : x;
    return raw;
  };
  const given = givenValue(rawArgs[base]);
  let args;
  try {
    args = fn.validate(at(given ?? 0));
  } catch {
    return { kind: "none" };
  }
  const marks = dedupe(marksOf(fn.shape, { args, c: fn.constants, params: fn.params, base }));
  const end = niceCeiling(Math.max(0, given ?? 0, ...marks.map((m) => m.x)) * 1.25);
  const xs = new Set<number>();
  for (let i = 0; i <= STEPS; i++) xs.add((end * i) / STEPS);
  for (const m of marks)
    for (const x of [m.x - FEN, m.x, m.x + FEN]) if (x >= 0 && x <= end) xs.add(x);
  if (given !== undefined) xs.add(given);
  const points = [...xs].sort((a, b) => a - b).map((x) => ({ x, award: awardOf(fn, at(x)) }));
  const awardAt = (x: number) => points.find((p) => p.x === x)?.award ?? null;
  return {
    kind: "curve",
    param,
    perItem,
    breakpoints: marks.map((m) => ({ ...m, award: awardAt(m.x) })),
    points,
    current: given === undefined ? undefined : { x: given, award: awardAt(given) },
  };
}

/** Marks in ascending order, at most one per value (a cap ÷ rate equal to a tier edge keeps the first). */
function dedupe(marks: Mark[]): Mark[] {
  const seen = new Set<number>();
  return marks
    .map((m) => ({ ...m, x: Math.round(m.x * MICRO) / MICRO }))
    .filter((m) => Number.isFinite(m.x) && m.x >= 0 && !seen.has(m.x) && seen.add(m.x))
    .sort((a, b) => a.x - b.x);
}

/** The category parameter: the first code parameter that is not a choice between readings. */
function categoryParam(fn: ClauseFunction): number {
  const readings = new Set((fn.readings ?? []).map((r) => r.param));
  return fn.params.findIndex((p) => p.kind === "code" && p.codes && !readings.has(p.name));
}

function awardTable(fn: ClauseFunction, rawArgs: readonly unknown[]): AwardTable {
  const i = categoryParam(fn);
  if (i < 0) return { kind: "table", rows: [{ award: awardOf(fn, rawArgs) }] };
  const param = fn.params[i];
  const rows = (param.codes ?? []).map((code) => {
    const raw = [...rawArgs];
    raw[i] = code.value;
    return { code: code.value, label: code.label, award: awardOf(fn, raw) };
  });
  return { kind: "table", param, rows };
}

/**
 * Where a shape's award changes course as one argument grows: its thresholds, tier edges, band ends, the
 * point a cap or the room under one starts to bind (cap ÷ rate), an argument a formula splits at. Read from
 * the very call the record made (`shape.spec`, as the native twins are) and the record's constants, so no
 * breakpoint is typed twice. One entry per factory, in this file: the shape contract's one place for it.
 * A factory without an entry contributes no marks (its curve is still sampled from the engine).
 */
import type { Args, ParamSpec, ShapeRef, Text } from "../../catalog/types";
import { L } from "../labels";
import * as shapes from "../shapes";
import type { Condition, ThresholdOp } from "../shapes";
import type { Input, Room } from "../shapes/args";
import { RECEIVED } from "../shapes/args";

export type BreakpointKind = "threshold" | "cap" | "room" | "tier" | "band" | "kink";

/** A value of the curve's parameter at which the award jumps or bends. */
export interface Mark {
  x: number;
  kind: BreakpointKind;
  label: Text;
  /** For a threshold or tier: whether the value itself qualifies (">=") or only what exceeds it (">"). */
  op?: ThresholdOp;
}

/** What a shape's marks are read from: the validated arguments, the constants, and the curve's parameter. */
export interface MarkContext {
  args: Args;
  c: Record<string, unknown>;
  params: readonly ParamSpec[];
  /** Index of the parameter the curve varies. */
  base: number;
}

type MarkFn = (ctx: MarkContext) => Mark[];
type Factory = (...args: never[]) => unknown;

const indexOf = (ctx: MarkContext, name: string | undefined): number =>
  name === undefined ? -1 : ctx.params.findIndex((p) => p.name === name);
const isBase = (ctx: MarkContext, name: string | undefined): boolean =>
  name !== undefined && indexOf(ctx, name) === ctx.base;
const numArg = (ctx: MarkContext, name: string | undefined): number | undefined => {
  const i = indexOf(ctx, name);
  const v = i < 0 ? undefined : ctx.args[i];
  return typeof v === "number" ? v : undefined;
};
const numConst = (ctx: MarkContext, key: string): number | undefined => {
  const v = ctx.c[key];
  return typeof v === "number" ? v : undefined;
};
const roomLeft = (ctx: MarkContext, cap: number, receivedParam: string | undefined): number =>
  Math.max(0, cap - (numArg(ctx, receivedParam ?? RECEIVED) ?? 0));

/** Where base × rate reaches `level` (none for a zero rate: the cap is never reached). */
function capMark(
  level: number | undefined,
  rate: number | undefined,
  kind: BreakpointKind,
  label: Text
) {
  return level === undefined || rate === undefined || rate <= 0
    ? []
    : [{ x: level / rate, kind, label }];
}

/** A factory beside its marks, which take the same arguments (checked at compile time, as twins.ts does). */
const pair = <F extends Factory>(
  factory: F,
  marks: (...args: Parameters<F>) => MarkFn
): [Factory, Factory] => [factory, marks as Factory];

const MARKS = new Map<Factory, Factory>([
  pair(
    shapes.rateCapped,
    (base: Input, rateParam?: string) => (ctx) =>
      isBase(ctx, base.param)
        ? capMark(
            numConst(ctx, "cap"),
            numArg(ctx, rateParam) ?? numConst(ctx, "rate"),
            "cap",
            L.perAwardCap
          )
        : []
  ),
  pair(
    shapes.rateUnderRoom,
    (base: Input, room: Room, rateParam?: string) => (ctx) =>
      isBase(ctx, base.param)
        ? capMark(
            roomLeft(ctx, numConst(ctx, "cap") ?? 0, room.receivedParam),
            numArg(ctx, rateParam) ?? numConst(ctx, "rate"),
            "room",
            room.label
          )
        : []
  ),
  pair(
    shapes.thresholdRateUnderRoom,
    (base: Input, room: Room, thresholdLabel: Text = L.threshold) =>
      (ctx) => {
        if (!isBase(ctx, base.param)) return [];
        const threshold = numConst(ctx, "threshold") ?? 0;
        const op = ctx.c.thresholdOp as ThresholdOp;
        const room_ = roomLeft(ctx, numConst(ctx, "cap") ?? 0, room.receivedParam);
        // Where the room is below threshold × rate the award jumps straight to it at the threshold.
        const cap = capMark(room_, numConst(ctx, "rate"), "room", room.label).filter(
          (m) => m.x > threshold
        );
        return [{ x: threshold, kind: "threshold", label: thresholdLabel, op }, ...cap];
      }
  ),
  pair(shapes.rateWithOptionalCap, (base, o = {}) => (ctx) => {
    // The base is the parameter itself, or totalOrIncrement over it (the increment: less the prior value).
    const spec = typeof base === "function" ? base.spec : undefined;
    const inner =
      spec?.factory === shapes.totalOrIncrement ? (spec.args[0] as TotalOrIncrement) : undefined;
    const param = typeof base === "function" ? inner?.current.param : base.param;
    if (!isBase(ctx, param)) return [];
    const increment =
      inner !== undefined && ctx.args[indexOf(ctx, inner.codeParam)] === inner.incrementCode;
    const offset = increment ? (numArg(ctx, inner.priorParam) ?? 0) : 0;
    const cap = numArg(ctx, o.capParam) ?? numConst(ctx, "cap");
    const marks = capMark(
      cap,
      numArg(ctx, o.rateParam) ?? numConst(ctx, "rate"),
      "cap",
      L.perProjectCap
    );
    const moved = marks.map((m) => ({ ...m, x: m.x + offset }));
    return increment && inner
      ? [{ x: offset, kind: "kink", label: inner.incrementLabel }, ...moved]
      : moved;
  }),
  pair(shapes.newlyCrossedTiers, (o) => (ctx) => {
    if (!isBase(ctx, o.valueParam)) return [];
    const tiers = ctx.c.tiers as readonly { threshold: number; award: number }[];
    const op = ctx.c.op as ThresholdOp;
    return tiers.map((t) => ({ x: t.threshold, kind: "tier", label: TIER, op }));
  }),
  pair(
    shapes.rangeBand,
    (requestedParam: string) => (ctx) =>
      isBase(ctx, requestedParam)
        ? [
            { x: numConst(ctx, "floor") ?? 0, kind: "band", label: L.bandFloor, op: ">=" },
            { x: numConst(ctx, "cap") ?? 0, kind: "band", label: L.bandCap },
          ]
        : []
  ),
  pair(shapes.perItemCapUnderRoom, (o) => (ctx) => {
    if (!isBase(ctx, o.itemsParam)) return [];
    // One item alone: its threshold, then its per-unit cap or the annual room, whichever binds first.
    const threshold = numConst(ctx, "threshold");
    const rate = numConst(ctx, "rate") ?? 1;
    const perUnit = numConst(ctx, "perUnitCap") ?? 0;
    const room = roomLeft(ctx, numConst(ctx, "annualCap") ?? 0, o.receivedParam);
    const cap =
      room < perUnit
        ? capMark(room, rate, "room", L.annualRoom)
        : capMark(perUnit, rate, "cap", PER_UNIT_CAP);
    const op = (ctx.c.thresholdOp as ThresholdOp | undefined) ?? ">=";
    if (threshold === undefined) return cap;
    return [
      { x: threshold, kind: "threshold", label: L.threshold, op },
      ...cap.filter((m) => m.x > threshold),
    ];
  }),
  pair(shapes.gated, (conditions, then) => (ctx) => [
    ...conditions
      .filter((k: Condition<string>) => isBase(ctx, k.param))
      .map((k: Condition<string>) => ({
        x: typeof k.limit === "number" ? k.limit : (numConst(ctx, k.limit) ?? 0),
        kind: "threshold" as const,
        label: k.label,
        op: k.op,
      })),
    ...marksOf(then, ctx),
  ]),
  pair(shapes.atMostArgument, (_o, then) => (ctx) => marksOf(then, ctx)),
  pair(shapes.barredByFlag, (_flag, then) => (ctx) => marksOf(then, ctx)),
  pair(shapes.atMostCostPaid, (_cost, then) => (ctx) => marksOf(then, ctx)),
]);

type TotalOrIncrement = Parameters<typeof shapes.totalOrIncrement>[0];

const TIER: Text = { en: "Tier", zh: "档次" };
const PER_UNIT_CAP: Text = { en: "Per-unit cap", zh: "单台（套）上限" };
const RD_PRIOR: Text = {
  en: "R&D of the year before (stock | increment)",
  zh: "前一年研发投入（存量｜增量）",
};

/**
 * The Heilongjiang R&D uplift over last year's R&D x: u·sr·x up to the prior year's R&D p, then
 * u·(sr·p + ir·(x − p)) (or u·(sr·x + ir·(x − p)) when the whole of x is the stock part); the lower of the
 * base scheme's annual limit × u and the cumulative room is where it flattens.
 */
const rdPostSubsidyMarks: MarkFn = (ctx) => {
  if (!isBase(ctx, "rd_last_year")) return [];
  const u = numConst(ctx, "uplift") ?? 1;
  const threshold = numConst(ctx, "threshold") ?? 0;
  const p = numArg(ctx, "rd_prior_year") ?? 0;
  const sr = numArg(ctx, "base_stock_ratio") ?? 0;
  const ir = numArg(ctx, "base_increment_ratio") ?? 0;
  const total = ctx.args[indexOf(ctx, "stock_basis")] === "TOTAL";
  const below = u * sr;
  const above = u * (ir + (total ? sr : 0));
  const room = roomLeft(ctx, numConst(ctx, "cumulativeCap") ?? 0, RECEIVED);
  const annual = numArg(ctx, "base_annual_cap");
  const annualLimit = annual === undefined ? Infinity : annual * u;
  const level = Math.min(room, annualLimit);
  const label =
    level === room
      ? L.cumulativeRoom
      : { en: "Base scheme's annual limit × uplift", zh: "基础政策年度上限 × 上浮倍数" };
  const atP = below * p;
  const x =
    level <= atP
      ? below > 0
        ? level / below
        : Infinity
      : above > 0
        ? p + (level - atP) / above
        : Infinity;
  const marks: Mark[] = [{ x: threshold, kind: "threshold", label: L.threshold, op: ">=" }];
  if (p > threshold && below !== above) marks.push({ x: p, kind: "kink", label: RD_PRIOR });
  if (Number.isFinite(x) && x > threshold)
    marks.push({ x, kind: level === room ? "room" : "cap", label });
  return marks;
};

/** The marks of a record's shape (composed shapes: their inner shapes' too), ascending, one per value. */
export function marksOf(shape: ShapeRef, ctx: MarkContext): Mark[] {
  if (shape === (shapes.rdPostSubsidy as unknown)) return rdPostSubsidyMarks(ctx);
  const spec = shape.spec;
  const marks = spec && MARKS.get(spec.factory);
  if (!spec || !marks) return [];
  return (marks as (...args: unknown[]) => MarkFn)(...spec.args)(ctx);
}

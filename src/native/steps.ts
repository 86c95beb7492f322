/**
 * A clause function's native formula as steps (issue 14: the native audit): every argument the twin reads
 * and every Calc stage it takes (twin.ts `X`: rate, cap, room, deduction, sum, threshold, condition), each
 * an Excel expression over the steps before it, so a report can give each step a cell and an auditor reads
 * the generated formula one stage at a time. The steps come from running the very twin nativeFormula runs
 * with each stage observed (observingStages): nothing here is written per function, so the steps cannot
 * drift from the formula.
 *
 * The twin is a tree with branches (a blank optional argument and a given one, one branch per code): a
 * stage on a branch not taken still gets a cell. So whether a cap binds is not read off its own cell (a
 * cap on a branch not taken may cut its own amount) but from the award: each cap and room also gives the
 * award without it (the same stages with that one MIN left out), and it binds when that is larger.
 *
 * Expressions over a range (the per-item masks of perItemCapUnderRoom) stay inside the SUMPRODUCT that sums
 * them: only scalar stages become steps.
 */
import type { ClauseFunction, ParamSpec, Text } from "../catalog/types";
import type { TwinArgs } from "../engine/native/args";
import { Expr, NA, iff, ref } from "../engine/native/expr";
import { type Stage, type StageKind, observingStages } from "../engine/native/twin";
import { L } from "../engine/labels";
import { grouped } from "../format/money";
import { finish, twinParts } from "./index";

export type StepKind = "input" | StageKind;

/** A step's formula text (no "="), given the cell of each step by its index. */
export type StepFormula = (cell: (k: number) => string) => string;

export interface NativeStep {
  kind: StepKind;
  /** An input step: the parameter it reads. */
  param?: ParamSpec;
  /** What the step is: the argument's label, or the stage's (a threshold with its comparison). */
  label: Text;
  value: StepFormula;
  /** A cap or room: its limit (a room: what is left under the cap), and the award without it. */
  limit?: StepFormula;
  without?: StepFormula;
  /** A cap or room: the cap when it is a constant of the record (for its label), and its number among the caps. */
  cap?: number;
  capNumber?: number;
}

export interface NativeSteps {
  fn: ClauseFunction;
  steps: NativeStep[];
  /** The award before the engine's last stages (floor at 0, rounding), over the step cells. */
  body: StepFormula;
  /** The award itself from the cell holding `body`: the guard, MAX(0,·), ROUND to the fen (nativeFormula's). */
  award(bodyCell: string): string;
}

const LABELS = {
  rate: L.rateApplied,
  cap: L.perAwardCap,
  room: { en: "Room under the cap", zh: "上限内剩余额度" },
  deduct: { en: "After the deduction (at least 0)", zh: "扣减后（不低于0）" },
  add: { en: "Sum", zh: "合计" },
  meets: L.threshold,
  when: { en: "Chosen by the condition", zh: "按条件取值" },
} satisfies Record<StageKind, Text>;

/** A step's cell, as a token in the texts the twin composes, until the steps have cells (⟦ never occurs in a formula). */
const token = (id: number): string => `⟦${id}⟧`;
const TOKEN = /⟦(\d+)⟧/g;
const NUMBER = /^-?\d+(\.\d+)?$/;
const constantOf = (e: Expr): number | undefined =>
  NUMBER.test(e.text) ? Number(e.text) : undefined;

/** A stage's label: a threshold with its comparison, a rate with its factor, when the record fixes them. */
function stageLabel(s: Stage): Text {
  const base = LABELS[s.kind];
  const constant = s.kind === "meets" || s.kind === "rate" ? constantOf(s.inputs[1]) : undefined;
  if (constant === undefined) return base;
  const n = grouped(constant, 6);
  if (s.kind === "rate") return { en: `${base.en} (× ${n})`, zh: `${base.zh}（× ${n}）` };
  const [en, zh] = s.op === ">" ? [">", "超过"] : ["≥", "不低于"];
  return { en: `${base.en} ${en} ${n}`, zh: `${base.zh}${zh}${n}` };
}

interface Recorded {
  kind: StepKind;
  param?: ParamSpec;
  label: Text;
  text: string;
  /** Every step this one reads, directly or not. */
  reads: Set<number>;
  limit?: string;
  amount?: string;
  cap?: number;
}

/** Every step of the twin of `name` over `args` (Excel expressions, as nativeFormula takes them). */
export function nativeSteps(name: string, args: readonly (string | undefined)[]): NativeSteps {
  const recorded: Recorded[] = [];
  const byText = new Map<string, number>();
  const arrays = new WeakSet<Expr>();
  const readsOf = (text: string): Set<number> => {
    const reads = new Set<number>();
    for (const [, id] of text.matchAll(TOKEN)) {
      reads.add(Number(id));
      recorded[Number(id)].reads.forEach((r) => reads.add(r));
    }
    return reads;
  };
  const record = (r: Omit<Recorded, "reads">, e: Expr): Expr => {
    const key = `${r.kind} ${r.text}`;
    let id = byText.get(key);
    if (id === undefined) {
      id = recorded.length;
      recorded.push({ ...r, reads: readsOf(r.text) });
      byText.set(key, id);
    }
    return new Expr(token(id), e.max);
  };
  const atomic = (e: Expr): boolean =>
    constantOf(e) !== undefined || e === NA || new RegExp(`^${TOKEN.source}$`).test(e.text);

  const input = (p: ParamSpec, e: Expr): Expr =>
    atomic(e) ? e : record({ kind: "input", param: p, label: p.label, text: e.text }, e);
  const observe = (s: Stage): Expr => {
    if (s.inputs.some((i) => arrays.has(i))) {
      arrays.add(s.expr);
      return s.expr;
    }
    if (atomic(s.expr) || s.inputs.includes(s.expr)) return s.expr;
    return record(
      {
        kind: s.kind,
        label: stageLabel(s),
        text: s.expr.text,
        limit: s.limit?.text,
        amount: s.amount?.text,
        cap: s.kind === "cap" || s.kind === "room" ? constantOf(s.cap ?? s.limit!) : undefined,
      },
      s.expr
    );
  };
  const view = (x: TwinArgs, params: readonly ParamSpec[]): TwinArgs =>
    labelled(x, params, input, arrays);
  const { fn, guard, body } = observingStages(observe, () => twinParts(name, args, view));

  // Only the steps the award reads, in the order the twin took them (each after what it reads).
  const kept = [...readsOf(body.text)].sort((a, b) => a - b);
  const index = new Map(kept.map((id, k) => [id, k]));
  const render =
    (text: string, without?: number): StepFormula =>
    (cell) =>
      text.replace(TOKEN, (_, s: string) => {
        const id = Number(s);
        const r = recorded[id];
        if (without === undefined || (id !== without && !r.reads.has(without)))
          return cell(index.get(id)!);
        // Left out, or reading what is left out: computed again in place, the cap's MIN dropped.
        return `(${render(id === without ? r.amount! : r.text, without)(cell)})`;
      });

  let caps = 0;
  const steps = kept.map((id): NativeStep => {
    const r = recorded[id];
    const step: NativeStep = { kind: r.kind, label: r.label, value: render(r.text) };
    if (r.param) step.param = r.param;
    if (r.kind !== "cap" && r.kind !== "room") return step;
    return {
      ...step,
      limit: render(r.limit!),
      without: render(body.text, id),
      cap: r.cap,
      capNumber: ++caps,
    };
  });
  return {
    fn,
    steps,
    body: render(body.text),
    award: (bodyCell) => iff(guard, finish(ref(bodyCell, body.max)), NA).text,
  };
}

/** The twin's arguments with each number it reads recorded as an input step, and each range marked as one. */
function labelled(
  x: TwinArgs,
  params: readonly ParamSpec[],
  input: (p: ParamSpec, e: Expr) => Expr,
  arrays: WeakSet<Expr>
): TwinArgs {
  const spec = (name: string): ParamSpec => params.find((p) => p.name === name)!;
  return {
    num: (name) => input(spec(name), x.num(name)),
    orElse: (name, given, otherwise) =>
      x.orElse(name, (v) => given(input(spec(name), v)), otherwise),
    is: (name, code) => x.is(name, code),
    flag: (name) => x.flag(name),
    range: (name) => {
      const r = x.range(name);
      if (r) arrays.add(r);
      return r;
    },
    with: (name, value) => labelled(x.with(name, value), params, input, arrays),
  };
}

/**
 * One formula of a copied sheet with its SUBSIDY calls substituted in place: a clause function's call
 * becomes its native twin over the same argument texts (inside a larger formula the twin goes in
 * parentheses without its "=", its marker kept), IN_FORCE and CLAUSE become the literal of their value
 * now, STACK the sum of its rows' native counted amounts (native-copy-stack.ts); a call inside another
 * call's arguments is substituted first. What cannot be substituted stays as
 * written and is recorded with its reason.
 */
import { type FormulaCall, scanFormula } from "../format/formula-calls";
import { nativeFormula } from "../native";
import { checkExcelLimits } from "../native/lint";
import { findFunction } from "../policies";
import { twinArgument } from "./native-copy-refs";
import { nativeStackTotal } from "./native-copy-stack";
import type { CopyEntry, KeptReason } from "./native-copy-types";
import {
  type ArgumentReader,
  type SheetFunctionCall,
  factNow,
  valueLiteral,
} from "./native-copy-values";

export const NAMESPACE = "SUBSIDY.";
const FACTS = new Set(["IN_FORCE", "CLAUSE"]);

export interface RewriteContext {
  cell: string;
  read: ArgumentReader;
  compute: SheetFunctionCall;
  /** A sheet cell's shown value (0-based): STACK reads its ids. */
  valueAt: (row: number, col: number) => unknown;
}

export interface Rewritten {
  formula: string;
  entries: CopyEntry[];
}

/** The function a SUBSIDY call names, without the namespace; undefined for any other call. */
export const subsidyName = (c: FormulaCall): string | undefined =>
  c.name.startsWith(NAMESPACE) ? c.name.slice(NAMESPACE.length) : undefined;

/** A twin's own twin-failure reason: a shape without a twin, or a twin that refused its arguments. */
const twinDetail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

class Rewriter {
  readonly entries: CopyEntry[] = [];
  private readonly calls: FormulaCall[];

  constructor(
    private readonly formula: string,
    private readonly ctx: RewriteContext
  ) {
    this.calls = scanFormula(formula).calls;
  }

  private record(fn: string, outcome: CopyEntry["outcome"], reason?: KeptReason, detail?: string) {
    this.entries.push({
      cell: this.ctx.cell,
      fn,
      outcome,
      ...(reason ? { reason } : {}),
      ...(detail ? { detail } : {}),
    });
  }

  /** Whether the call is an operand on its own: the whole formula, or a whole argument of a call. */
  private standsAlone(c: FormulaCall): boolean {
    const f = this.formula;
    if (f.slice(1).trim() === f.slice(c.start, c.end)) return true;
    return this.calls.some((outer) =>
      outer.args.some((a) => f.slice(a.start, a.end).trim() === f.slice(c.start, c.end))
    );
  }

  /** The text of [start, end) with every outermost SUBSIDY call in it substituted. */
  text(start: number, end: number): string {
    const inside = this.calls.filter(
      (c) => subsidyName(c) !== undefined && c.start >= start && c.end <= end
    );
    const outermost = inside.filter(
      (c) => !inside.some((o) => o !== c && o.start <= c.start && o.end >= c.end)
    );
    let out = "";
    let at = start;
    for (const c of outermost.sort((a, b) => a.start - b.start)) {
      out += this.formula.slice(at, c.start) + this.call(c);
      at = c.end;
    }
    return out + this.formula.slice(at, end);
  }

  /** The call's arguments with their own SUBSIDY calls substituted (undefined for an empty one). */
  private args(c: FormulaCall): (string | undefined)[] {
    return c.args.map((a) => {
      const t = this.text(a.start, a.end).trim();
      return t === "" ? undefined : t;
    });
  }

  /** The call as written, with whatever was substituted inside its arguments. */
  private kept(c: FormulaCall, args: (string | undefined)[]): string {
    const f = this.formula;
    if (c.args.every((a, i) => f.slice(a.start, a.end).trim() === (args[i] ?? "")))
      return f.slice(c.start, c.end);
    return `${f.slice(c.start, c.args[0].start)}${args.map((a) => a ?? "").join(",")})`;
  }

  private call(c: FormulaCall): string {
    const name = subsidyName(c)!;
    const args = this.args(c);
    const fn = findFunction(name)?.fn;
    if (fn) {
      try {
        const twin = nativeFormula(
          fn.name,
          args.map((a) => (a === undefined ? a : twinArgument(a)))
        );
        this.record(fn.name, "twin");
        return this.standsAlone(c) ? twin.slice(1) : `(${twin.slice(1)})`;
      } catch (e) {
        this.record(fn.name, "kept", "no-twin", twinDetail(e));
        return this.kept(c, args);
      }
    }
    if (FACTS.has(name)) {
      const read = args.map((a) =>
        a === undefined ? { known: true as const, value: null } : this.ctx.read(a)
      );
      if (read.every((r) => r.known)) {
        this.record(name, "literal");
        return valueLiteral(
          factNow(
            this.ctx.compute,
            name,
            read.map((r) => (r.known ? r.value : null))
          )
        );
      }
      this.record(name, "kept", "argument-unknown");
    } else if (name === "STACK") {
      const stack = nativeStackTotal(args, this.ctx.valueAt);
      if (stack.ok) {
        this.record(name, "twin");
        return this.standsAlone(c) ? stack.total : `(${stack.total})`;
      }
      this.record(name, "kept", stack.reason, stack.detail);
    } else if (name === "STACK_ROWS") this.record(name, "kept", "stack", "nested");
    else if (name === "EACH") this.record(name, "kept", "each-nested");
    else this.record(name, "kept", "unknown-function");
    return this.kept(c, args);
  }
}

/**
 * `formula` with its SUBSIDY calls substituted, held to Excel's limits: a formula that would break them
 * stays as it was, its substitutions recorded as kept ("limits").
 */
export function rewriteFormula(formula: string, ctx: RewriteContext): Rewritten {
  let rewriter: Rewriter;
  try {
    rewriter = new Rewriter(formula, ctx);
  } catch (e) {
    return {
      formula,
      entries: formula.toUpperCase().includes(NAMESPACE)
        ? [{ cell: ctx.cell, fn: "", outcome: "kept", reason: "unreadable", detail: twinDetail(e) }]
        : [],
    };
  }
  const out = rewriter.text(0, formula.length);
  try {
    checkExcelLimits(out);
  } catch (e) {
    const detail = twinDetail(e);
    return {
      formula,
      entries: rewriter.entries.map((x) =>
        x.outcome === "kept" ? x : { ...x, outcome: "kept", reason: "limits", detail }
      ),
    };
  }
  return { formula: out, entries: rewriter.entries };
}

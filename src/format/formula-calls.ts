/**
 * Function calls in an Excel formula (en-US syntax), each with its source span and the spans of its
 * arguments: what the native-formula lint checks, what "copy sheet with native formulas" substitutes and
 * what "explain the selected cell" reads. Text literals ("…", quotes doubled) and quoted sheet names
 * ('…') are skipped whole, so a comma or parenthesis inside them is no separator.
 */

export interface Span {
  start: number;
  end: number;
}

export interface FormulaCall extends Span {
  /** The function's name as written, upper case (e.g. "SUBSIDY.HZ_SCENARIO_AWARD"). */
  name: string;
  /** Each argument's span (an empty argument has start === end). */
  args: Span[];
  /** How many calls enclose this one (0 at the top level). */
  depth: number;
}

export interface FormulaScan {
  calls: FormulaCall[];
  /** Every text literal's content, unescaped. */
  texts: string[];
}

const NAME_CHAR = /[A-Za-z0-9_.]/;

/** Scans a formula; throws on unbalanced parentheses or an unterminated text. */
export function scanFormula(formula: string): FormulaScan {
  const calls: FormulaCall[] = [];
  const texts: string[] = [];
  // Open parentheses: the call they belong to (undefined for a grouping parenthesis).
  const open: (FormulaCall | undefined)[] = [];
  let argStart = 0;
  const starts: number[] = [];
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let value = "";
      for (; j < formula.length; j++) {
        if (formula[j] !== ch) value += formula[j];
        else if (formula[j + 1] === ch) ((value += ch), j++);
        else break;
      }
      if (j >= formula.length) throw new Error(`unterminated ${ch} at ${i}`);
      if (ch === '"') texts.push(value);
      i = j;
    } else if (ch === "(") {
      let k = i;
      while (k > 0 && NAME_CHAR.test(formula[k - 1])) k--;
      const name = formula.slice(k, i).toUpperCase();
      if (name && !/^[0-9.]/.test(name)) {
        const call: FormulaCall = {
          name,
          start: k,
          end: -1,
          args: [],
          depth: open.filter(Boolean).length,
        };
        calls.push(call);
        open.push(call);
      } else open.push(undefined);
      starts.push(argStart);
      argStart = i + 1;
    } else if (ch === "," || ch === ")") {
      const call = open[open.length - 1];
      if (open.length === 0) throw new Error(`unbalanced ) at ${i}`);
      if (call) call.args.push({ start: argStart, end: i });
      argStart = i + 1;
      if (ch === ")") {
        open.pop();
        argStart = starts.pop()!;
        if (call) {
          call.end = i + 1;
          if (call.args.length === 1 && call.args[0].start === call.args[0].end) call.args = [];
        }
      }
    }
  }
  if (open.length > 0) throw new Error("unbalanced (");
  return { calls, texts };
}

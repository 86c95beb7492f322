/**
 * Formula evaluation for the preview workbook: fast-formula-parser (MIT) for Excel's syntax and
 * built-in functions, with every SUBSIDY.* function calling calculate() from src — the same code the
 * Excel functions run. Loaded with import() only in preview mode, so it is a separate chunk.
 */
import FormulaParser, { type FormulaArg } from "fast-formula-parser";
import { SubsidyError, calculate, sheetFunctions } from "../../src";
import type { CellRef } from "../host/types";
import type { Computed, FormulaEvaluator, SheetView } from "../host/memory";

const { FormulaError } = FormulaParser;

/** An argument as Excel hands it to a custom function: omitted → undefined, blank cell → null, range → 2-D array. */
function excelArg(arg: FormulaArg): unknown {
  if (arg.omitted) return undefined;
  return arg.value === undefined ? null : arg.value;
}

function subsidyFunction(name: string) {
  return (...args: FormulaArg[]) => {
    try {
      return calculate(name, args.map(excelArg));
    } catch (e) {
      // The parser shows a thrown FormulaError as the cell's error; keep the engine's code and message.
      if (e instanceof SubsidyError) throw new FormulaError(e.code, e.message);
      throw e;
    }
  };
}

function toComputed(result: unknown): Computed {
  if (result instanceof FormulaError)
    return { kind: "error", code: result.error, message: result.message || undefined };
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean")
    return { kind: "value", value: result };
  return { kind: "value", value: null };
}

function lookupValue(computed: Computed): unknown {
  if (computed.kind === "error") return new FormulaError(computed.code);
  return computed.kind === "value" ? computed.value : null;
}

interface Frame {
  at: CellRef;
  sheet: SheetView;
}

/**
 * A parser takes ~25 ms to build, so each is built once and reused. Parsing is not re-entrant, and a
 * formula that refers to another formula cell evaluates that one from inside its own parse: one parser
 * per nesting depth.
 */
export function createEvaluator(): FormulaEvaluator {
  const frames: Frame[] = [];
  const parsers: FormulaParser[] = [];
  const functions = Object.fromEntries(
    sheetFunctions.map((f) => [`SUBSIDY.${f.name}`, subsidyFunction(f.name)])
  );

  function parserFor(depth: number): FormulaParser {
    const cell = (row: number, col: number) =>
      lookupValue(frames[depth].sheet.value(row - 1, col - 1));
    return new FormulaParser({
      functions,
      onCell: (ref) => cell(ref.row, ref.col),
      onRange: (ref) => {
        // Cells beyond the used area are blank: stop there, so =SUM(A:A) does not visit a million rows.
        const { rows: used, cols: usedCols } = frames[depth].sheet;
        const rows: unknown[][] = [];
        for (let r = ref.from.row; r <= Math.min(ref.to.row, Math.max(used, ref.from.row)); r++) {
          const line: unknown[] = [];
          for (
            let c = ref.from.col;
            c <= Math.min(ref.to.col, Math.max(usedCols, ref.from.col));
            c++
          )
            line.push(cell(r, c));
          rows.push(line);
        }
        return rows;
      },
    });
  }

  return {
    evaluate(formula: string, at: CellRef, sheet: SheetView): Computed {
      const depth = frames.length;
      frames.push({ at, sheet });
      try {
        parsers[depth] ??= parserFor(depth);
        return toComputed(
          parsers[depth].parse(formula, { sheet: at.sheet, row: at.row + 1, col: at.col + 1 })
        );
      } catch (e) {
        // Syntax errors and unknown functions are thrown as #ERROR! wrapping the specific error (#NAME? …).
        const specific =
          e instanceof FormulaError && e.details instanceof FormulaError ? e.details : e;
        return specific instanceof FormulaError
          ? { kind: "error", code: specific.error, message: specific.message }
          : { kind: "error", code: "#VALUE!", message: String(e) };
      } finally {
        frames.pop();
      }
    },
  };
}

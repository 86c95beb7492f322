/**
 * Formula evaluation for the preview workbook: fast-formula-parser (MIT) for Excel's syntax and
 * built-in functions, with every SUBSIDY.* function calling calculate() from src — the same code the
 * Excel functions run. Loaded with import() only in preview mode, so it is a separate chunk.
 *
 * On top of the parser: references to other sheets ('Scenario (2)'!B4, resolved by the workbook),
 * arrays returned by SUBSIDY functions (STACK_ROWS, EXPLAIN, EACH) handed to the workbook to spill, the
 * Excel functions and comparison rules the parser lacks (excel-functions.ts), and error values reaching
 * the function as they do in Excel with `allowErrorForDataTypeAny` (functions/error-arguments.ts decides
 * the result, as for the Excel functions).
 */
import FormulaParser, { type FormulaArg } from "fast-formula-parser";
import { Infix } from "fast-formula-parser/formulas/operators";
import { invokeAsExcel } from "../../functions/error-arguments";
import { SubsidyError, sheetFunctions } from "../../src";
import { type SheetFunction, mapElementErrors } from "../../src";
import type { CellRef } from "../host/types";
import type { Computed, Evaluated, FormulaEvaluator, WorkbookView } from "../host/memory";
import { compareOp, excelFunctions } from "./excel-functions";
import { resolveNames } from "./names";

const { FormulaError } = FormulaParser;

// The parser compares a blank as 0 and text case-sensitively; Excel does neither. Its operators are
// called through this shared table, so the replacement applies to every parser built here.
Infix.compareOp = compareOp;

/**
 * An error value as Excel may hand it to a custom function: a CustomFunctions.Error-like `{ code }` (the
 * HyperFormula oracle passes the other documented shape, an Excel.ErrorCellValue).
 */
const asExcelError = (e: InstanceType<typeof FormulaError>) => ({ code: e.error });

function excelValue(v: unknown): unknown {
  if (v === undefined) return null;
  return v instanceof FormulaError ? asExcelError(v) : v;
}

/** An argument as Excel hands it to a custom function: omitted → undefined, blank cell → null, range → 2-D array. */
function excelArg(arg: FormulaArg): unknown {
  if (arg.omitted) return undefined;
  const v = arg.value;
  if (!Array.isArray(v)) return excelValue(v);
  return v.map((row) => (Array.isArray(row) ? row.map(excelValue) : excelValue(row)));
}

function subsidyFunction(fn: SheetFunction) {
  return (...args: FormulaArg[]) => {
    try {
      // Element errors of an array result (EACH) become the parser's errors, cell by cell.
      return mapElementErrors(
        invokeAsExcel(fn, args.map(excelArg)),
        (e) => new FormulaError(e.code, e.message)
      );
    } catch (e) {
      // The parser shows a thrown FormulaError as the cell's error; keep the engine's code and message.
      if (e instanceof SubsidyError) throw new FormulaError(e.code, e.message);
      throw e;
    }
  };
}

/** Excel's UPPER, which the parser lacks (scenario sheets use it to compare item keys, src/rules/item-key.ts). */
function upper(text: FormulaArg): string {
  const v = text.value;
  if (v instanceof FormulaError) throw v;
  if (v === null || v === undefined) return "";
  return (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v)).toUpperCase();
}

function toComputed(result: unknown): Computed {
  if (result instanceof FormulaError)
    return { kind: "error", code: result.error, message: result.message || undefined };
  if (result instanceof SubsidyError)
    return { kind: "error", code: result.code, message: result.message };
  if (typeof result === "number")
    return Number.isFinite(result)
      ? { kind: "value", value: result }
      : { kind: "error", code: "#NUM!" };
  if (typeof result === "string" || typeof result === "boolean")
    return { kind: "value", value: result };
  return { kind: "value", value: null };
}

function toEvaluated(result: unknown): Evaluated {
  if (!Array.isArray(result)) return toComputed(result);
  return {
    kind: "array",
    rows: (result as unknown[]).map((row) =>
      Array.isArray(row) ? row.map(toComputed) : [toComputed(row)]
    ),
  };
}

function lookupValue(computed: Computed): unknown {
  if (computed.kind === "error") return new FormulaError(computed.code);
  return computed.kind === "value" ? computed.value : null;
}

interface Frame {
  at: CellRef;
  workbook: WorkbookView;
}

/** Functions whose result is an array (STACK_ROWS, EXPLAIN, EACH): a formula calling one may spill. */
const ARRAY_CALL = new RegExp(
  `SUBSIDY\\.(${sheetFunctions
    .filter((f) => f.result.dimensionality === "matrix")
    .map((f) => f.name)
    .join("|")})\\s*\\(`,
  "i"
);

/**
 * A parser takes ~25 ms to build, so each is built once and reused. Parsing is not re-entrant, and a
 * formula that refers to another formula cell evaluates that one from inside its own parse: one parser
 * per nesting depth.
 */
// Longer than 60 lines: one closure, because the parsers and the frame stack are state its inner functions share.
export function createEvaluator(): FormulaEvaluator {
  const frames: Frame[] = [];
  const parsers: FormulaParser[] = [];
  const functions = {
    ...excelFunctions,
    UPPER: upper,
    ...Object.fromEntries(sheetFunctions.map((f) => [`SUBSIDY.${f.name}`, subsidyFunction(f)])),
  };

  function parserFor(depth: number): FormulaParser {
    // The parser fills in the formula's own sheet for an unqualified reference.
    const sheetOf = (sheet: string | undefined) => sheet ?? frames[depth].at.sheet;
    const cell = (sheet: string, row: number, col: number) =>
      lookupValue(frames[depth].workbook.value(sheet, row - 1, col - 1));
    return new FormulaParser({
      functions,
      onCell: (ref) => cell(sheetOf(ref.sheet), ref.row, ref.col),
      onRange: (ref) => {
        // Cells beyond the used area are blank: stop there, so =SUM(A:A) does not visit a million rows.
        const sheet = sheetOf(ref.sheet);
        const { rows: used, cols: usedCols } = frames[depth].workbook.extent(sheet);
        const rows: unknown[][] = [];
        for (let r = ref.from.row; r <= Math.min(ref.to.row, Math.max(used, ref.from.row)); r++) {
          const line: unknown[] = [];
          for (
            let c = ref.from.col;
            c <= Math.min(ref.to.col, Math.max(usedCols, ref.from.col));
            c++
          )
            line.push(cell(sheet, r, c));
          rows.push(line);
        }
        return rows;
      },
    });
  }

  const maySpill = (formula: string) => ARRAY_CALL.test(formula);

  return {
    maySpill,
    evaluate(formula: string, at: CellRef, workbook: WorkbookView): Evaluated {
      const depth = frames.length;
      frames.push({ at, workbook });
      try {
        parsers[depth] ??= parserFor(depth);
        return toEvaluated(
          parsers[depth].parse(
            resolveNames(formula, at.sheet, workbook.name),
            { sheet: at.sheet, row: at.row + 1, col: at.col + 1 },
            maySpill(formula)
          )
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

/**
 * Formula evaluation for the preview workbook: fast-formula-parser (MIT) for Excel's syntax and
 * built-in functions, with every SUBSIDY.* function calling calculate() from src — the same code the
 * Excel functions run. Loaded with import() only in preview mode, so it is a separate chunk.
 *
 * On top of the parser: references to other sheets ('Scenario (2)'!B4, resolved by the workbook),
 * arrays returned by SUBSIDY functions (STACK_ROWS, EXPLAIN, EACH) handed to the workbook to spill, the
 * Excel functions and comparison rules the parser lacks (excel-functions.ts), Excel's array arithmetic
 * (arrays.ts: `SUMPRODUCT((A1:A3>=5)*A1:A3)` element by element) and the functions native twins use with
 * Excel's semantics (native-functions.ts), and error values reaching
 * the function as they do in Excel with `allowErrorForDataTypeAny` (functions/error-arguments.ts decides
 * the result, as for the Excel functions).
 */
import FormulaParser, { type FormulaArg } from "fast-formula-parser";
import { Infix, Postfix, Prefix } from "fast-formula-parser/formulas/operators";
import { invokeAsExcel } from "../../functions/error-arguments";
import { SubsidyError, sheetFunctions } from "../../src";
import { type SheetFunction, mapElementErrors } from "../../src";
import type { CellRef } from "../host/types";
import type { Computed, Evaluated, FormulaEvaluator, WorkbookView } from "../host/memory";
import { concatOp, mathOp, percentOp, unaryOp } from "./arrays";
import { compareOp, excelFunctions } from "./excel-functions";
import { nativeFunctions } from "./native-functions";
import { resolveNames } from "./names";

const { FormulaError } = FormulaParser;

// The parser compares a blank as 0 and text case-sensitively, and its operators take a range's first cell
// where Excel computes element by element; Excel does neither. Its operators are called through these
// shared tables, so the replacements apply to every parser built here.
Infix.compareOp = compareOp;
Infix.mathOp = mathOp;
Infix.concatOp = concatOp;
Prefix.unaryOp = unaryOp;
Postfix.percentOp = percentOp;

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

/** Excel's sheet size: a reference reaching its edge is a whole column or row. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

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
    ...nativeFunctions,
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
        // A whole column or row (A:A, 1:1) stops at the used area, so =SUM(A:A) does not visit a million
        // rows; any other range keeps its size, blanks included, as array arithmetic pairs cells by position.
        const sheet = sheetOf(ref.sheet);
        let { row: lastRow, col: lastCol } = ref.to;
        if (lastRow >= SHEET_ROWS || lastCol >= SHEET_COLS) {
          const used = frames[depth].workbook.extent(sheet);
          if (lastRow >= SHEET_ROWS) lastRow = Math.max(used.rows, ref.from.row);
          if (lastCol >= SHEET_COLS) lastCol = Math.max(used.cols, ref.from.col);
        }
        const rows: unknown[][] = [];
        for (let r = ref.from.row; r <= lastRow; r++) {
          const line: unknown[] = [];
          for (let c = ref.from.col; c <= lastCol; c++) line.push(cell(sheet, r, c));
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

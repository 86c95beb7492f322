/**
 * TEST-ONLY: HyperFormula 3.5.0 (GPL-3.0) as a formula oracle. Nothing in src/, functions/ or taskpane/
 * may import this file; HyperFormula stays a devDependency (DESIGN.md "Office specifics").
 *
 * Every sheet function in src/sheet-functions is registered as a HyperFormula function `SUBSIDY.<NAME>`
 * that calls the same `invoke` Excel calls, with arguments converted to what Excel passes a custom
 * function: numbers, strings, booleans, null for a blank cell or an omitted argument, 2-D arrays for
 * ranges. Error values reach the function, as in Excel with `allowErrorForDataTypeAny`, in the shape of an
 * Excel.ErrorCellValue (`{ type: "Error", errorType: "Div0" }`; the preview evaluator passes the other
 * documented shape, a CustomFunctions.Error), and functions/error-arguments.ts decides the result as for
 * the Excel functions. A SubsidyError becomes CellError(#VALUE! / #NUM! / #N/A / #DIV/0!, message); so
 * does an error element of a spilled result.
 *
 * Metadata: every parameter is ANY (RANGE for matrix parameters), optional ones `optionalArg`, a repeating
 * last parameter `repeatLastArgs: 1`; matrix results declare `sizeOfResultArrayMethod`. HyperFormula sizes
 * a spill when it parses the formula, before any value is known, so each matrix function has a size
 * predictor (STACK_ROWS: one row per cell of `ids`; EXPLAIN: explainRowBound; EACH: the broadcast shape;
 * otherwise the largest argument). A smaller result is padded with blanks; a larger one is a #VALUE!.
 *
 * Speed (the benchmark reuses this for 10k/100k-row sheets): arguments are evaluated straight from the
 * call's AST instead of through FunctionPlugin.runFunction, which allocates several arrays per call for
 * coercion and vectorization that custom functions do not need; everything per function is prepared once.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ConfigParams, RawCellContent } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { Ast, ProcedureAst } from "hyperformula/typings/parser";
import { invokeAsExcel } from "../../functions/error-arguments";
import { isSubsidyError } from "../../src/engine/errors";
import { functionByName } from "../../src/policies";
import { sheetFunctions } from "../../src/sheet-functions";
import { explainRowBound } from "../../src/workbook/audit/steps-block";
import type { SheetFunction } from "../../src/sheet-functions/types";

export const NAMESPACE = "SUBSIDY";

/** Default configuration: GPL licence key (tests only) and Excel's full row count. */
export const HF_CONFIG: Partial<ConfigParams> = { licenseKey: "gpl-v3", maxRows: 1_048_576 };

/**
 * TRUE and FALSE as constants, as Excel and LibreOffice read them: HyperFormula has only the functions TRUE()
 * and FALSE() unless they are defined (its Excel-compatibility guide). A twin writes FALSE for an optional
 * code or flag left blank.
 */
export const BOOLEAN_CONSTANTS = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

const EMPTY_AST = "EMPTY";
const STRING_AST = "STRING";

/** The engine's codes as HyperFormula error types (HyperFormula has no #NULL!: its generic ERROR). */
const CELL_ERROR_TYPE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NULL!": ErrorType.ERROR,
};

/** An engine error (or a defect) as a HyperFormula error value with its message. */
export function toCellError(e: unknown): CellError {
  if (isSubsidyError(e)) return new CellError(CELL_ERROR_TYPE[e.code], e.message);
  return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
}

/** HyperFormula's error types as Excel.ErrorCellValueType (CYCLE, LIC and ERROR have no Excel twin). */
const EXCEL_ERROR_TYPE: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "Div0",
  [ErrorType.NA]: "NotAvailable",
  [ErrorType.NAME]: "Name",
  [ErrorType.NUM]: "Num",
  [ErrorType.REF]: "Ref",
  [ErrorType.SPILL]: "Spill",
  [ErrorType.VALUE]: "Value",
};

/** A HyperFormula error value as Excel hands one to a custom function (an Excel.ErrorCellValue). */
export function toExcelErrorValue(e: CellError): { type: "Error"; errorType: string } {
  return { type: "Error", errorType: EXCEL_ERROR_TYPE[e.type] ?? "Unknown" };
}

/**
 * A HyperFormula scalar as Excel passes it: blank → null, a rich number (date, percent…) → its number, an
 * error → an Excel.ErrorCellValue.
 */
function toExcelScalar(v: unknown): unknown {
  if (v === EmptyValue) return null;
  if (v instanceof CellError) return toExcelErrorValue(v);
  if (v !== null && typeof v === "object" && "val" in v) return (v as { val: unknown }).val;
  return v;
}

function toExcelMatrix(v: SimpleRangeValue): unknown[][] {
  const data = v.data;
  const out: unknown[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    const line: unknown[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) line[c] = toExcelScalar(row[c]);
    out[r] = line;
  }
  return out;
}

/** A result element as HyperFormula stores it. */
function fromElement(v: unknown): unknown {
  if (v === null || v === undefined) return EmptyValue;
  if (isSubsidyError(v)) return toCellError(v);
  if (typeof v === "number" && !Number.isFinite(v)) return new CellError(ErrorType.NUM);
  return v;
}

type SizePredictor = (
  plugin: SubsidyPluginBase,
  ast: ProcedureAst,
  state: InterpreterState
) => ArraySize;

const cellsOf = (s: ArraySize): number => s.width * s.height;

/** Spill-size predictors for matrix results, by function name. */
export const sizePredictors: Record<string, SizePredictor> = {
  STACK_ROWS: (p, ast, state) =>
    ast.args[0] ? new ArraySize(1, cellsOf(p.sizeOf(ast.args[0], state))) : ArraySize.error(),
  EXPLAIN: (p, ast, state) => {
    let rangeCells = 0;
    for (let i = 1; i < ast.args.length; i++) {
      const n = cellsOf(p.sizeOf(ast.args[i], state));
      if (n > 1) rangeCells += n;
    }
    return new ArraySize(2, explainRowBound(rangeCells));
  },
  EACH: (p, ast, state) => {
    // The broadcast shape of EACH's element-wise arguments; a clause function's own range parameters
    // (kind "amounts") are passed whole and do not broadcast.
    const nameAst = ast.args[0] as { type: string; value?: unknown } | undefined;
    const clause =
      nameAst?.type === STRING_AST && typeof nameAst.value === "string"
        ? functionByName.get(
            nameAst.value
              .trim()
              .toUpperCase()
              .replace(/^SUBSIDY\./, "")
          )
        : undefined;
    let size = ArraySize.scalar();
    // Size the arguments in array mode: EACH("…", A1:A10000*$Z$1) is a 10,000-row argument, as in Excel.
    const arrayState = { ...state, arraysFlag: true };
    for (let i = 1; i < ast.args.length; i++) {
      if (clause?.fn.params[i - 1]?.kind === "amounts") continue;
      const s = p.sizeOf(ast.args[i], arrayState);
      if (cellsOf(s) > 1) size = new ArraySize(s.width, s.height);
    }
    return size;
  },
};

/** Fallback for a matrix function without a predictor: the shape of its largest argument. */
const largestArgument: SizePredictor = (p, ast, state) => {
  let size = ArraySize.scalar();
  for (const a of ast.args) {
    const s = p.sizeOf(a, state);
    if (cellsOf(s) > cellsOf(size)) size = new ArraySize(s.width, s.height);
  }
  return size;
};

abstract class SubsidyPluginBase extends FunctionPlugin {
  sizeOf(ast: Ast, state: InterpreterState): ArraySize {
    return this.arraySizeForAst(ast, state);
  }
}

interface Prepared {
  fn: SheetFunction;
  /** Per argument position: whether the parameter takes a range. */
  matrixAt: (i: number) => boolean;
  predictor?: SizePredictor;
}

function prepare(fn: SheetFunction): Prepared {
  const n = fn.params.length;
  const last = fn.params[n - 1];
  const matrix = fn.params.map((p) => p.matrix === true);
  return {
    fn,
    matrixAt: (i) => (i < n ? matrix[i] : last?.repeating === true && matrix[n - 1]),
    predictor:
      fn.result.dimensionality === "matrix"
        ? (sizePredictors[fn.name] ?? largestArgument)
        : undefined,
  };
}

/**
 * Builds the plugin class and its enGB translations for a list of sheet functions (default: all of
 * src/sheet-functions). Registering is separate (HyperFormula's registry is global): see
 * registerSubsidyFunctions.
 */
export function subsidyPlugin(functions: readonly SheetFunction[] = sheetFunctions) {
  class SubsidyPlugin extends SubsidyPluginBase {
    static implementedFunctions: Record<string, never> = {};

    call(p: Prepared, ast: ProcedureAst, state: InterpreterState): unknown {
      const n = ast.args.length;
      const params = p.fn.params;
      const repeating = params[params.length - 1]?.repeating === true;
      if (n > params.length && !repeating)
        return new CellError(ErrorType.NA, `${p.fn.name} takes at most ${params.length} arguments`);
      const args: unknown[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const a = ast.args[i];
        if ((a.type as string) === EMPTY_AST) {
          args[i] = null;
          continue;
        }
        const v = this.evaluateAst(a, state);
        if (v instanceof SimpleRangeValue) args[i] = toExcelMatrix(v);
        else args[i] = p.matrixAt(i) ? [[toExcelScalar(v)]] : toExcelScalar(v);
      }
      let result: unknown;
      try {
        result = invokeAsExcel(p.fn, args);
      } catch (e) {
        return toCellError(e);
      }
      if (!Array.isArray(result)) return fromElement(result);
      return this.toSpill(p, result as unknown[][], ast, state);
    }

    toSpill(p: Prepared, result: unknown[][], ast: ProcedureAst, state: InterpreterState): unknown {
      const height = result.length;
      const width = height > 0 && Array.isArray(result[0]) ? result[0].length : 0;
      const predicted = p.predictor ? p.predictor(this, ast, state) : ArraySize.scalar();
      if (height === 0 || width === 0)
        return predicted.isScalar() ? EmptyValue : SimpleRangeValue.onlyValues([[EmptyValue]]);
      if (predicted.isScalar()) {
        if (height * width === 1) return fromElement(result[0][0]);
        return new CellError(
          ErrorType.VALUE,
          `${p.fn.name} returned ${height}×${width} where one value was expected`
        );
      }
      if (height > predicted.height || width > predicted.width) {
        return new CellError(
          ErrorType.VALUE,
          `${p.fn.name} returned ${height}×${width}, more than the predicted ${predicted.height}×${predicted.width}`
        );
      }
      const data = result.map((row) => row.map(fromElement));
      return SimpleRangeValue.onlyValues(data as never);
    }
  }

  const translations: Record<string, string> = {};
  const proto = SubsidyPlugin.prototype as unknown as Record<string, unknown>;
  functions.forEach((fn, index) => {
    const id = `${NAMESPACE}.${fn.name}`;
    const p = prepare(fn);
    const method = `subsidy${index}`;
    proto[method] = function (this: SubsidyPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.call(p, ast, state);
    };
    let sizeMethod: string | undefined;
    if (p.predictor) {
      sizeMethod = `subsidySize${index}`;
      const predictor = p.predictor;
      proto[sizeMethod] = function (
        this: SubsidyPlugin,
        ast: ProcedureAst,
        state: InterpreterState
      ) {
        return predictor(this, ast, state);
      };
    }
    const repeating = fn.params[fn.params.length - 1]?.repeating === true;
    (SubsidyPlugin.implementedFunctions as Record<string, unknown>)[id] = {
      method,
      parameters: fn.params.map((param) => ({
        argumentType: param.matrix ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        ...(param.optional ? { optionalArg: true } : {}),
      })),
      ...(repeating ? { repeatLastArgs: 1 } : {}),
      ...(sizeMethod ? { sizeOfResultArrayMethod: sizeMethod, vectorizationForbidden: true } : {}),
      ...(fn.params.some((param) => param.matrix)
        ? { enableArrayArithmeticForArguments: true }
        : {}),
    };
    translations[id] = id;
  });
  return { plugin: SubsidyPlugin, translations };
}

let registered = false;

/** Registers every sheet function with HyperFormula, once per process. */
export function registerSubsidyFunctions(): void {
  if (registered) return;
  const { plugin, translations } = subsidyPlugin(sheetFunctions);
  HyperFormula.registerFunctionPlugin(plugin as never, { enGB: translations });
  registered = true;
}

/** A HyperFormula instance for one sheet of cell contents (formulas as "=…" strings). */
export function buildHyperFormula(
  cells: RawCellContent[][],
  config: Partial<ConfigParams> = {}
): HyperFormula {
  registerSubsidyFunctions();
  return HyperFormula.buildFromArray(cells, { ...HF_CONFIG, ...config });
}

/** A HyperFormula instance for several named sheets. */
export function buildHyperFormulaSheets(
  sheets: Record<string, RawCellContent[][]>,
  config: Partial<ConfigParams> = {}
): HyperFormula {
  registerSubsidyFunctions();
  return HyperFormula.buildFromSheets(sheets, { ...HF_CONFIG, ...config });
}

/** Evaluates one formula (e.g. "=SUBSIDY.STACK(A1:A3,B1:B3)") on top of a grid; returns its value(s). */
export function evaluateFormula(
  cells: RawCellContent[][],
  formula: string,
  at: { row: number; col: number }
) {
  const grid = cells.map((r) => r.slice());
  while (grid.length <= at.row) grid.push([]);
  grid[at.row][at.col] = formula;
  const hf = buildHyperFormula(grid);
  const value = hf.getCellValue({ sheet: 0, row: at.row, col: at.col });
  return { hf, value };
}

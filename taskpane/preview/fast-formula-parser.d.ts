/** The part of fast-formula-parser 1.0.19 (MIT, no bundled types) that preview/ uses. */
declare module "fast-formula-parser" {
  interface CellAddress {
    sheet?: string;
    row: number;
    col: number;
  }
  interface RangeAddress {
    sheet?: string;
    from: CellAddress;
    to: CellAddress;
  }
  /** An argument as a custom function receives it. */
  export interface FormulaArg {
    value: unknown;
    omitted?: boolean;
    isArray?: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
  }
  export class FormulaError extends Error {
    constructor(error: string, message?: string, details?: unknown);
    readonly error: string;
    readonly details?: unknown;
    static readonly VALUE: FormulaError;
    static readonly NA: FormulaError;
    static readonly REF: FormulaError;
    static readonly NUM: FormulaError;
    static readonly DIV0: FormulaError;
  }
  export default class FormulaParser {
    static FormulaError: typeof FormulaError;
    constructor(config: {
      /** Each receives FormulaArgs; IF and INDEX the parser itself first, then their unresolved arguments. */
      functions?: Record<string, (...args: never[]) => unknown>;
      onCell?: (ref: CellAddress) => unknown;
      onRange?: (ref: RangeAddress) => unknown[][];
    });
    /** With `allowReturnArray`, a formula returning an array gives the 2-D array (else its first value). */
    parse(formula: string, position: CellAddress, allowReturnArray?: boolean): unknown;
  }
}

/**
 * The operator tables the parser calls through (grammar/utils.js); preview/formulas.ts replaces them with
 * Excel's array-aware operators (preview/arrays.ts, excel-functions.ts compareOp).
 */
declare module "fast-formula-parser/formulas/operators" {
  type Operator = (value1: unknown, infix: string, value2: unknown) => unknown;
  export const Infix: { compareOp: Operator; mathOp: Operator; concatOp: Operator };
  export const Prefix: { unaryOp(prefixes: string[], value: unknown): unknown };
  export const Postfix: { percentOp(value: unknown, postfix: string): unknown };
}

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
  }
  export default class FormulaParser {
    static FormulaError: typeof FormulaError;
    constructor(config: {
      functions?: Record<string, (...args: FormulaArg[]) => unknown>;
      onCell?: (ref: CellAddress) => unknown;
      onRange?: (ref: RangeAddress) => unknown[][];
    });
    /** With `allowReturnArray`, a formula returning an array gives the 2-D array (else its first value). */
    parse(formula: string, position: CellAddress, allowReturnArray?: boolean): unknown;
  }
}

/** The operator table the parser calls through (grammar/utils.js); preview/formulas.ts replaces compareOp. */
declare module "fast-formula-parser/formulas/operators" {
  export const Infix: {
    compareOp(
      value1: unknown,
      infix: string,
      value2: unknown,
      isArray1: boolean,
      isArray2: boolean
    ): boolean;
  };
}

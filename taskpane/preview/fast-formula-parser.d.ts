/** The part of fast-formula-parser 1.0.19 (MIT, no bundled types) that preview/formulas.ts uses. */
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
  }
  export default class FormulaParser {
    static FormulaError: typeof FormulaError;
    constructor(config: {
      functions?: Record<string, (...args: FormulaArg[]) => unknown>;
      onCell?: (ref: CellAddress) => unknown;
      onRange?: (ref: RangeAddress) => unknown[][];
    });
    parse(formula: string, position: CellAddress): unknown;
  }
}

/**
 * Table-driven checks of a document's catalog rows and of each function's §2.4 input contract: parameter
 * order, a valid call, and the bad inputs every parameter kind must reject with its exact message.
 */
import { calculate, catalog } from "../../src";
import type { DocumentId } from "../../src/policies";
import { expectNum, expectValue, thrown } from "./expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

/** The §2.4 contract per function: parameter order (spec §5), a valid call, and which checks apply. */
export interface Contract {
  name: string;
  params: string[];
  valid: unknown[];
  required: string[];
  amounts: string[];
  rates?: { param: string; max?: number }[];
  codes?: string[];
  counts?: string[];
  /** Range parameters (spec §2.5). */
  ranges?: string[];
}

/**
 * The document's rows are `ids` in spec order, its functions are the contracts' in the same order, and a
 * row has a function exactly when it is quantitative.
 */
export function describeRows(
  document: DocumentId,
  section: string,
  ids: string[],
  contracts: Contract[]
): void {
  const n = contracts.length;
  describe(`${document}: the catalog has the ${ids.length} rows and ${n} functions of spec ${section}`, () => {
    const rows = catalog.clauses.filter((c) => c.document === document);
    test(`${ids.length} rows in spec order, ${n} with a function`, () => {
      expect(rows.map((r) => r.id)).toEqual(ids);
      expect(rows.filter((r) => r.fn).map((r) => r.fn!.name)).toEqual(contracts.map((c) => c.name));
    });
    test("qualitative rows (N, N-$) carry no function; quantitative rows do", () => {
      for (const r of rows) expect(r.fn === undefined).toBe(r.type === "N" || r.type === "N-$");
    });
  });
}

/** One describe block per function: the §2.4 input contract. */
export function describeContracts(contracts: Contract[]): void {
  describe.each(contracts)("$name: the §2.4 input contract", (c) => {
    const at = (param: string, value: unknown): unknown[] => {
      const args = [...c.valid];
      args[c.params.indexOf(param)] = value;
      return args;
    };
    test("parameters in the spec's order", () => {
      const fn = catalog.functionByName.get(c.name)!.fn;
      expect(fn.params.map((p) => p.name)).toEqual(c.params);
      expect(fn.params.filter((p) => p.required).map((p) => p.name)).toEqual(c.required);
    });
    test("the valid call returns a number ≥ 0", () => {
      expect(award(c.name, c.valid)).toBeGreaterThanOrEqual(0);
    });
    for (const p of c.required) {
      if (c.ranges?.includes(p)) {
        // A range parameter: omitted → required; a blank cell is an all-blank range → 0 (spec §2.5).
        test(`range ${p}: omitted (undefined, null) → #VALUE! is required; all-blank → 0`, () => {
          expectValue(c.name, at(p, undefined), `${p} is required`);
          expectValue(c.name, at(p, null), `${p} is required`);
          expect(award(c.name, at(p, [[""]]))).toBe(0);
        });
      } else {
        test(`blank required ${p} ("" and undefined) → #VALUE! is required`, () => {
          expectValue(c.name, at(p, ""), `${p} is required`);
          expectValue(c.name, at(p, undefined), `${p} is required`);
          expectValue(c.name, at(p, null), `${p} is required`);
        });
      }
    }
    if (c.amounts.length > 0) {
      test.each(c.amounts)(
        "%s: text → #VALUE! must be a number; negative → #VALUE! must not be negative",
        (p) => {
          expectValue(c.name, at(p, "abc"), `${p} must be a number`);
          expectValue(c.name, at(p, "1000"), `${p} must be a number`);
          expectValue(c.name, at(p, -1), `${p} must not be negative`);
        }
      );
    }
    for (const r of c.rates ?? []) {
      test(`${r.param}: text → #VALUE!; outside [0, 1] → #NUM!`, () => {
        expectValue(c.name, at(r.param, "abc"), `${r.param} must be a number`);
        expectNum(
          c.name,
          at(r.param, 1.5),
          `${r.param} must be between 0 and 1 (e.g. 0.3 for 30%)`
        );
        expectNum(
          c.name,
          at(r.param, -0.1),
          `${r.param} must be between 0 and 1 (e.g. 0.3 for 30%)`
        );
      });
      if (r.max !== undefined) {
        const max = r.max;
        test(`${r.param}: 「不超过${max * 100}%」 — ${max} accepted, above it → #NUM!`, () => {
          expect(award(c.name, at(r.param, max))).toBeGreaterThanOrEqual(0);
          expectNum(
            c.name,
            at(r.param, max + 0.0001),
            `${r.param} exceeds the policy maximum of ${max}`
          );
        });
      }
    }
    for (const p of c.codes ?? []) {
      test(`${p}: unknown code → #VALUE! must be one of`, () => {
        expect(thrown(c.name, at(p, "abc"))).toMatchObject({
          code: "#VALUE!",
          message: expect.stringMatching(new RegExp(`^${p} must be one of: `)),
        });
      });
    }
    for (const p of c.counts ?? []) {
      test(`${p}: text → #VALUE!; negative → #VALUE!; fraction → #NUM!`, () => {
        expectValue(c.name, at(p, "abc"), `${p} must be a number`);
        expectValue(c.name, at(p, -1), `${p} must not be negative`);
        expectNum(c.name, at(p, 1.5), `${p} must be a whole number ≥ 0`);
      });
    }
  });
}

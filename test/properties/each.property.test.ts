/**
 * SUBSIDY.EACH is the clause function applied element by element: for every clause function, columns of
 * generated valid arguments (some broadcast as columns, some given once as a single cell, range parameters
 * passed whole) give, in each row, exactly what calculate gives for that row — the award, or that row's
 * own error as a value.
 */
import fc from "fast-check";
import type { ClauseFunction } from "../../src/catalog/types";
import { isSubsidyError } from "../../src/engine/errors";
import { clauses } from "../../src/policies";
import { calculate } from "../../src/sheet-functions";
import { applyEach } from "../../src/sheet-functions/each";
import { argsArb } from "./arbitraries";

const fns: ClauseFunction[] = clauses.filter((c) => c.fn).map((c) => c.fn!);

function expected(fn: ClauseFunction, args: unknown[]): unknown {
  try {
    return calculate(fn.name, args);
  } catch (e) {
    if (!isSubsidyError(e)) throw e;
    return `${e.code} ${e.message}`;
  }
}

describe.each(fns.map((f) => [f.name, f] as const))("EACH(%s, …)", (_name, fn) => {
  it("equals calculate row by row", () => {
    const rows = fc.array(argsArb(fn), { minLength: 1, maxLength: 6 });
    const asColumn = fc.array(fc.boolean(), {
      minLength: fn.params.length,
      maxLength: fn.params.length,
    });
    fc.assert(
      fc.property(rows, asColumn, (rowArgs, column) => {
        // Excel passes a blank cell as null; an omitted argument is the same to the engine.
        const cell = (r: number, i: number) => rowArgs[r][i] ?? null;
        const eachArgs = fn.params.map((p, i) =>
          p.kind === "amounts"
            ? cell(0, i)
            : column[i]
              ? rowArgs.map((_, r) => [cell(r, i)])
              : [[cell(0, i)]]
        );
        const got = applyEach(fn, eachArgs);
        const n = fn.params.some((p, i) => p.kind !== "amounts" && column[i]) ? rowArgs.length : 1;
        if (got.length !== n || got.some((row) => row.length !== 1))
          throw new Error(`shape ${got.length}×${got[0]?.length}, expected ${n}×1`);
        for (let r = 0; r < n; r++) {
          const rowArgsR = fn.params.map((p, i) =>
            p.kind === "amounts" ? cell(0, i) : column[i] ? cell(r, i) : cell(0, i)
          );
          const want = expected(fn, rowArgsR);
          const g = got[r][0];
          const have = isSubsidyError(g) ? `${g.code} ${g.message}` : g;
          if (have !== want)
            throw new Error(`row ${r}: EACH ${String(have)} vs calculate ${String(want)}`);
        }
      }),
      { numRuns: 150 }
    );
  });
});

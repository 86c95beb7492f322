/** The registry refuses a list it could not serve unambiguously: duplicates, and clauses of no document. */
import { buildRegistry } from "../../src/policies/registry";
import { clauses, document } from "./sixth-document/policy";

const sixth = { document, clauses };

describe("buildRegistry", () => {
  it("accepts a well-formed list and finds the clause by id and by function name, any case", () => {
    const r = buildRegistry([sixth]);
    expect(r.findClause("xx-test-01")?.id).toBe("XX-TEST-01");
    expect(r.findFunction(` subsidy.${clauses[0].fn!.name.toLowerCase()} `)?.clause.id).toBe(
      "XX-TEST-01"
    );
  });

  it("refuses a document listed twice", () => {
    expect(() => buildRegistry([sixth, sixth])).toThrow("document id XX-TEST appears twice");
  });

  it("refuses a clause that names a document not in the list", () => {
    const stray = { document, clauses: [{ ...clauses[0], document: "XX-TSET" }] };
    expect(() => buildRegistry([stray])).toThrow(
      "clause XX-TEST-01 names the unknown document XX-TSET"
    );
  });
});

/**
 * The catalog's health (src/catalog/health.ts, DESIGN.md "one source of truth per clause"): every rule
 * over every shipped record, and each rule shown to fail on a record made to break it.
 */
import { clauses, documents } from "../../src";
import {
  amountsIn,
  amountsNotInRecords,
  constantsNotInQuote,
  groupsNamingMissing,
  receivedWithoutScope,
} from "../../src/catalog/health";
import type { DocumentedClause } from "../../src/catalog/types";
import { overlapGroups } from "../../src/rules/overlap-groups";

const ids = documents.map((d) => d.id);
const byId = (id: string) => clauses.find((c) => c.id === id)!;
/** A deep copy, so a test can break one record without touching the catalog. */
const clone = (c: DocumentedClause): DocumentedClause => ({
  ...c,
  summary: { ...c.summary },
  fn: c.fn && { ...c.fn, constants: structuredClone(c.fn.constants), params: [...c.fn.params] },
});

describe("the catalog is healthy", () => {
  it("no prose writes an amount that is not a constant, a default or a unit", () => {
    expect(amountsNotInRecords(clauses)).toEqual([]);
  });
  it("every numeric constant is in its clause's quote, or declares what it derives from", () => {
    expect(constantsNotInQuote(clauses)).toEqual([]);
  });
  it("every received_to_date declares its cap's scope", () => {
    expect(receivedWithoutScope(clauses)).toEqual([]);
  });
  it("every overlap group names existing clauses, functions and documents", () => {
    expect(groupsNamingMissing(overlapGroups, clauses, ids)).toEqual([]);
  });
});

describe("each rule fails when broken", () => {
  it("reads amounts as the texts write them, and not inside 「…」", () => {
    // 1000万元 = 10,000,000; 1.5亿 = 150,000,000; 33,333,333.33 grouped; 500000 plain; 9,999 is below 10,000.
    expect(amountsIn("最高1000万元，或1.5亿元; cap 33,333,333.33 and 500000; 9,999")).toEqual([
      10_000_000, 150_000_000, 33_333_333.33, 500_000,
    ]);
    expect(amountsIn("「最高不超过1500万元」")).toEqual([]);
  });
  it("flags an amount typed into prose that no record holds", () => {
    const c = clone(byId("HLJ-ROBOT-02a"));
    c.summary = { en: "gets 12,345,678 yuan", zh: "1234.5678万元" };
    expect(amountsNotInRecords([c])).toEqual([
      "HLJ-ROBOT-02a summary.en: 12345678 is not a constant, a default, a unit or in the text's `derivedAmounts`",
      "HLJ-ROBOT-02a summary.zh: 12345678 is not a constant, a default, a unit or in the text's `derivedAmounts`",
    ]);
  });
  it("flags a constant the quote does not state", () => {
    const c = clone(byId("HLJ-ROBOT-02a"));
    (c.fn!.constants as { amount: number }).amount = 12_000_000; // the quote says 1000万元
    expect(constantsNotInQuote([c])).toEqual([
      "HLJ-ROBOT-02a constants.amount: 12000000 is not in the quote and declares no derivation",
    ]);
  });
  it("flags a received_to_date without a scope", () => {
    const c = clone(clauses.find((x) => x.fn?.params.some((p) => p.name === "received_to_date"))!);
    c.fn!.params = c.fn!.params.map((p) =>
      p.name === "received_to_date" ? { ...p, role: undefined } : p
    );
    expect(receivedWithoutScope([c])).toHaveLength(1);
  });
  it("flags a group naming a missing clause, a wrong function or a missing document", () => {
    const group = {
      id: "X",
      members: [
        { clauseId: "HLJ-ROBOT-99", fn: "HLJ_NOTHING" },
        { clauseId: "HLJ-ROBOT-02a", fn: "HLJ_RD_SUBSIDY" },
      ],
      ruleDocuments: ["XX-NONE"],
    };
    expect(groupsNamingMissing([group], clauses, ids)).toEqual([
      "group X: no clause HLJ-ROBOT-99",
      "group X: HLJ-ROBOT-02a's function is not HLJ_RD_SUBSIDY",
      "group X: no document XX-NONE",
    ]);
  });
});

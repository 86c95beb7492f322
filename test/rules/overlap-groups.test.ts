/** Spec §7.5 overlap groups as catalog data, citing the stacking rules of their documents. */
import { readFileSync } from "fs";
import { join } from "path";
import { clauses } from "../../src";
import { type DocumentId, documentById, documents } from "../../src/policies";
import { functionByName } from "../../src/policies";
import { capScopeOf } from "../../src/workbook/scenario/wiring";
import {
  checkOverlapGroups,
  groupByClauseId,
  overlapGroups,
  stackingRules,
} from "../../src/rules/overlap-groups";

describe("overlap groups (spec §7.5, normative)", () => {
  it("are exactly the spec's table", () => {
    expect(
      overlapGroups.map((g) => [
        g.id,
        g.members.map((m) => `${m.clauseId}→${m.fn}`),
        g.sharedCap ?? null,
      ])
    ).toEqual([
      ["HLJ-RD", ["HLJ-ROBOT-01→HLJ_RD_SUBSIDY", "HLJ-AI-03→HLJAI_RD_SUBSIDY"], "cumulative"],
      [
        "HLJ-PILOT",
        [
          "HLJ-ROBOT-04→HLJ_PILOT_PLATFORM_GRANT",
          "HLJ-AI-04→HLJAI_PILOT_PLATFORM_GRANT",
          "HLJ-AI-13b→HLJAI_PILOT_BASE_SUBSIDY",
        ],
        null,
      ],
      [
        "HLJ-INDUSTRIALIZATION",
        ["HLJ-ROBOT-05→HLJ_INDUSTRIALIZATION_GRANT", "HLJ-AI-09b→HLJAI_TERMINAL_PROJECT_SUBSIDY"],
        null,
      ],
      [
        "HLJ-SCENARIO",
        ["HLJ-ROBOT-10→HLJ_SCENARIO_SUBSIDY", "HLJ-AI-08→HLJAI_SCENARIO_GRANT"],
        null,
      ],
      [
        "HLJ-LAUNCH",
        ["HLJ-ROBOT-11→HLJ_LAUNCH_EVENT_SUBSIDY", "HLJ-AI-11b→HLJAI_LAUNCH_EVENT_SUBSIDY"],
        null,
      ],
      [
        "HLJ-DATASET",
        [
          "HLJ-ROBOT-13a→HLJ_DATASET_GRANT",
          "HLJ-AI-06a→HLJAI_DATASET_SUBSIDY",
          "HLJ-AI-06b→HLJAI_NATIONAL_DATASET_SUBSIDY",
        ],
        null,
      ],
      [
        "HLJ-DATA-VOUCHER",
        ["HLJ-ROBOT-13b→HLJ_DATA_VOUCHER", "HLJ-AI-06c→HLJAI_DATA_VOUCHER"],
        "annual",
      ],
      [
        "HZ-CAPEX",
        [
          "HZ-HUMANOID-02c→HZ_FLAGSHIP_PROJECT_SUBSIDY",
          "HZ-HUMANOID-04b→HZ_NEW_INVESTMENT_SUBSIDY",
          "HZ-HUMANOID-07→HZ_PILOT_PLATFORM_SUBSIDY",
        ],
        null,
      ],
    ]);
  });

  it("name clauses and functions the catalog has", () => {
    expect(() => checkOverlapGroups()).not.toThrow();
  });

  it("are disjoint", () => {
    const all = overlapGroups.flatMap((g) => g.members.map((m) => m.clauseId));
    expect(new Set(all).size).toBe(all.length);
  });

  it("HZ-02b is not grouped with HZ-02c (both paid), and the in-kind HZ-03b is in no group", () => {
    expect(groupByClauseId.get("HZ-HUMANOID-02b")).toBeUndefined();
    expect(groupByClauseId.get("HZ-HUMANOID-03b")).toBeUndefined();
    expect(clauses.find((c) => c.id === "HZ-HUMANOID-03b")!.fn!.inKind).toBe(true);
  });

  it("rest on the stacking rules of both Heilongjiang documents (HLJ-*) and of Hangzhou's (HZ-CAPEX)", () => {
    for (const g of overlapGroups)
      expect([g.id, g.ruleDocuments]).toEqual([
        g.id,
        g.id.startsWith("HLJ-") ? ["HLJ-ROBOT", "HLJ-AI"] : ["HZ-HUMANOID"],
      ]);
  });

  it("read each rule verbatim from the document record, and it is in the shipped source text", () => {
    for (const g of overlapGroups) {
      expect(g.ruleDocuments.length).toBeGreaterThan(0);
      for (const r of stackingRules(g)) {
        const doc = documentById.get(r.document)!;
        expect(r.quote).toBe(doc.stackingRule);
        const source = readFileSync(
          join(__dirname, "../../src/policies", doc.sourceFolder, "source.txt"),
          "utf8"
        ).replace(/\r?\n/g, "");
        expect(source.includes(r.quote)).toBe(true);
      }
    }
  });

  it("a group citing a missing document, or one without a stacking rule, is refused", () => {
    const citing = (id: string) => ({ ...overlapGroups[0], ruleDocuments: [id as DocumentId] });
    expect(() => stackingRules(citing("XX-NONE"))).toThrow(
      "overlap group HLJ-RD: no document XX-NONE"
    );
    const silent = documents.filter((d) => d.stackingRule === undefined);
    for (const d of silent)
      expect(() => stackingRules(citing(d.id))).toThrow(`${d.id} states no stacking rule`);
  });

  it("members of a group with a shared cap all have received_to_date of that scope", () => {
    for (const g of overlapGroups.filter((x) => x.sharedCap))
      for (const m of g.members)
        expect([m.fn, capScopeOf(functionByName.get(m.fn)!.fn)]).toEqual([m.fn, g.sharedCap]);
  });
});

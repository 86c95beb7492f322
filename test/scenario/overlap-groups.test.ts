/** Spec §7.5 overlap groups as catalog data, and the received_to_date scopes the scenario sheet wires. */
import { readFileSync } from "fs";
import { join } from "path";
import { clauses, evaluate } from "../../src";
import { documentById } from "../../src/policies";
import { receivedScope } from "../../src/scenario/cap-scopes";
import {
  checkOverlapGroups,
  groupByClauseId,
  overlapGroups,
} from "../../src/scenario/overlap-groups";

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

  it("cite their stacking rule verbatim: the register's rule, found in the shipped source text", () => {
    for (const g of overlapGroups) {
      expect(g.rule.length).toBeGreaterThan(0);
      for (const r of g.rule) {
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

  it("members of a group with a shared cap all have received_to_date of that scope", () => {
    for (const g of overlapGroups.filter((x) => x.sharedCap))
      for (const m of g.members) expect([m.fn, receivedScope[m.fn]]).toEqual([m.fn, g.sharedCap]);
  });
});

describe("received_to_date scopes (spec §2.3, §9)", () => {
  const withReceived = clauses
    .filter((c) => c.fn?.params.some((p) => p.name === "received_to_date"))
    .map((c) => c.fn!);
  it("every function with received_to_date has a scope, and no other", () => {
    expect(Object.keys(receivedScope).sort()).toEqual(withReceived.map((f) => f.name).sort());
  });
  it.each(withReceived.map((f) => [f.name, f] as const))(
    "%s: the room step its formula records matches the scope",
    (name, fn) => {
      const ex = fn.examples.find((e) => typeof e.expect === "number")!;
      const rooms = evaluate(name, ex.args).steps.filter((s) => s.kind === "room");
      expect(rooms.length).toBeGreaterThan(0);
      const label = rooms[rooms.length - 1].label.en.toLowerCase();
      expect(label.startsWith(receivedScope[name])).toBe(true);
    }
  );
});

/** HZ-HUMANOID's list of clauses (src/policies/hangzhou-humanoid/clauses.ts): rows, functions, in kind. */
import { clauses } from "../../../src";

describe("HZ-HUMANOID catalog", () => {
  const hz = clauses.filter((c) => c.document === "HZ-HUMANOID");

  it("has the 18 rows of spec §4.2 in order", () => {
    expect(hz.map((c) => c.id)).toEqual([
      "HZ-HUMANOID-01",
      "HZ-HUMANOID-02a",
      "HZ-HUMANOID-02b",
      "HZ-HUMANOID-02c",
      "HZ-HUMANOID-02d",
      "HZ-HUMANOID-02e",
      "HZ-HUMANOID-03a",
      "HZ-HUMANOID-03b",
      "HZ-HUMANOID-04a",
      "HZ-HUMANOID-04b",
      "HZ-HUMANOID-04c",
      "HZ-HUMANOID-05a",
      "HZ-HUMANOID-05b",
      "HZ-HUMANOID-06",
      "HZ-HUMANOID-07",
      "HZ-HUMANOID-08",
      "HZ-HUMANOID-09",
      "HZ-HUMANOID-10",
    ]);
  });

  it("has the 10 functions of spec §5.3", () => {
    expect(hz.filter((c) => c.fn).map((c) => c.fn!.name)).toEqual([
      "HZ_RESEARCH_MATCHING_SUBSIDY",
      "HZ_FLAGSHIP_PROJECT_SUBSIDY",
      "HZ_RD_SUBSIDY",
      "HZ_FREE_OFFICE_VALUE",
      "HZ_NEW_INVESTMENT_SUBSIDY",
      "HZ_LOAN_INTEREST_SUBSIDY",
      "HZ_CHAIN_ENTRY_AWARD",
      "HZ_COMPONENT_PURCHASE_AWARD",
      "HZ_SCENARIO_AWARD",
      "HZ_PILOT_PLATFORM_SUBSIDY",
    ]);
  });

  it("marks the free office space (「免费办公场所」) as in kind, and only it", () => {
    expect(hz.filter((c) => c.fn?.inKind).map((c) => c.fn!.name)).toEqual(["HZ_FREE_OFFICE_VALUE"]);
    expect(hz.find((c) => c.id === "HZ-HUMANOID-03b")!.type).toBe("Q-K");
  });
});

/**
 * BJ-ROBOT (京经信发〔2023〕46号), spec §4.5 / §5.5: the document's list of clauses. The clauses' own tests
 * are beside this one, one file per clause id.
 */
import { clauses } from "../../../src";

describe("BJ-ROBOT catalog", () => {
  const bj = clauses.filter((c) => c.document === "BJ-ROBOT");

  it("has the 20 rows of spec §4.5 in order", () => {
    expect(bj.map((c) => c.id)).toEqual([
      "BJ-ROBOT-01",
      "BJ-ROBOT-02",
      "BJ-ROBOT-03a",
      "BJ-ROBOT-03b",
      "BJ-ROBOT-04",
      "BJ-ROBOT-05a",
      "BJ-ROBOT-05b",
      "BJ-ROBOT-06a",
      "BJ-ROBOT-06b",
      "BJ-ROBOT-07",
      "BJ-ROBOT-08",
      "BJ-ROBOT-09",
      "BJ-ROBOT-10",
      "BJ-ROBOT-11",
      "BJ-ROBOT-12",
      "BJ-ROBOT-13a",
      "BJ-ROBOT-13b",
      "BJ-ROBOT-14",
      "BJ-ROBOT-15",
      "BJ-ROBOT-16",
    ]);
  });

  it("has the 8 functions of spec §5.5", () => {
    expect(bj.filter((c) => c.fn).map((c) => c.fn!.name)).toEqual([
      "BJ_KEYTECH_GRANT",
      "BJ_PUBLIC_PLATFORM_SUBSIDY",
      "BJ_BENCHMARK_FACTORY_AWARD",
      "BJ_PROJECT_LOAN_INTEREST_SUBSIDY",
      "BJ_BTH_SUPPLY_CHAIN_AWARD",
      "BJ_FIRST_TRIAL_AWARD",
      "BJ_FIRST_LOAN_SUBSIDY",
      "BJ_LEASING_SUBSIDY",
    ]);
  });

  it("names no responsible department except where a measure names an implementer", () => {
    expect(bj.every((c) => c.departments.startsWith("none stated") || c.id === "BJ-ROBOT-08")).toBe(
      true
    );
    expect(bj.find((c) => c.id === "BJ-ROBOT-08")!.departments).toBe("各区、各行业主管部门");
  });
});

/**
 * SD-ROBOT (山东省机器人产业高质量发展行动计划（2025-2027年）（征求意见稿）), spec §4.3 / §5.4: the document's
 * list of clauses. A draft for comment: the amounts are the draft's. Each clause's awards are tested in
 * its own <ID>.test.ts beside this file, every expected amount worked out by hand from the text.
 */
import { clauses } from "../../../src";

const sd = clauses.filter((c) => c.document === "SD-ROBOT");

describe("SD-ROBOT catalog (征求意见稿)", () => {
  it("has the 26 rows of spec §4.3 in order", () => {
    expect(sd.map((c) => c.id)).toEqual([
      "SD-ROBOT-01",
      "SD-ROBOT-02",
      "SD-ROBOT-03",
      "SD-ROBOT-04",
      "SD-ROBOT-05",
      "SD-ROBOT-06",
      "SD-ROBOT-07",
      "SD-ROBOT-08",
      "SD-ROBOT-09",
      "SD-ROBOT-10",
      "SD-ROBOT-11a",
      "SD-ROBOT-11b",
      "SD-ROBOT-11c",
      "SD-ROBOT-12a",
      "SD-ROBOT-12b",
      "SD-ROBOT-12c",
      "SD-ROBOT-13",
      "SD-ROBOT-14a",
      "SD-ROBOT-14b",
      "SD-ROBOT-15",
      "SD-ROBOT-16",
      "SD-ROBOT-17",
      "SD-ROBOT-18",
      "SD-ROBOT-19",
      "SD-ROBOT-20",
      "SD-ROBOT-21",
    ]);
  });

  it("has the 9 functions of spec §5.4", () => {
    expect(sd.filter((c) => c.fn).map((c) => c.fn!.name)).toEqual([
      "SD_PLATFORM_GRANT",
      "SD_STANDARD_AWARD",
      "SD_HUMANOID_ENTERPRISE_AWARD",
      "SD_ACCEL_PARK_AWARD",
      "SD_RD_SUBSIDY",
      "SD_COMPUTE_VOUCHER",
      "SD_MODEL_VOUCHER",
      "SD_CORPUS_VOUCHER",
      "SD_SCENARIO_AWARD",
    ]);
  });

  it.each(sd.filter((c) => c.fn).map((c) => [c.fn!.name, c.fn!] as const))(
    "%s says it is a draft (征求意见稿) in both languages",
    (_name, fn) => {
      expect(fn.description.en.startsWith("DRAFT (征求意见稿) – ")).toBe(true);
      expect(fn.description.zh.startsWith("征求意见稿 – ")).toBe(true);
    }
  );

  it("marks the 「最高X」 awards without a base as up-to awards", () => {
    expect(sd.filter((c) => c.fn?.upTo).map((c) => c.fn!.name)).toEqual([
      "SD_STANDARD_AWARD",
      "SD_HUMANOID_ENTERPRISE_AWARD",
      "SD_ACCEL_PARK_AWARD",
      "SD_MODEL_VOUCHER",
      "SD_CORPUS_VOUCHER",
      "SD_SCENARIO_AWARD",
    ]);
  });
});

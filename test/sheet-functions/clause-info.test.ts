/** SUBSIDY.CLAUSE(id, field): catalog facts for citing a clause beside its number. */
import { calculate } from "../../src";
import { error } from "../support/expect-error";

const clause = (id: unknown, field: unknown) => calculate("CLAUSE", [id, field]);

const FIELDS =
  "quote, summary, number, document, title, category, departments, function, status, effective, expiry";

describe("CLAUSE fields", () => {
  it("quote: verbatim, fragments joined with …", () => {
    expect(clause("HLJ-ROBOT-01", "quote")).toBe(
      "对研发投入50万元以上且符合条件的智能机器人企业，按照企业上年度研发投入存量和增量部分，给予基础比例上浮50%的补助支持，累计最高不超过1500万元。"
    );
    expect(clause("HLJ-ROBOT-03", "quote")).toBe(
      "支持智能机器人企业申报省重点研发计划…对符合条件的项目给予500万元-1000万元科研攻关资金支持。"
    );
  });
  it("summary (English), number as written, document, Chinese title, category, departments", () => {
    expect(clause("HLJ-ROBOT-01", "summary")).toMatch(
      /^Robot enterprises with R&D spending ≥ 500,000 yuan/
    );
    expect(clause("HLJ-ROBOT-01", "number")).toBe("二（一）1");
    expect(clause("HZ-HUMANOID-06", "document")).toBe("HZ-HUMANOID");
    expect(clause("BJ-ROBOT-09", "title")).toBe("北京市促进机器人产业创新发展的若干措施");
    expect(clause("HLJ-ROBOT-01", "category")).toBe("R&D");
    expect(clause("HLJ-ROBOT-11", "departments")).toBe(
      "省商务厅、省财政厅，各市（地）人民政府（行署）按职能分工负责"
    );
  });
  it("function: the name, or #N/A for a qualitative row", () => {
    expect(clause("HZ-HUMANOID-06", "function")).toBe("HZ_SCENARIO_AWARD");
    expect(error(() => clause("HLJ-ROBOT-06", "function"))).toMatchObject({
      code: "#N/A",
      message: "HLJ-ROBOT-06 is qualitative: no function",
    });
  });
  it("status: final or draft", () => {
    expect(clause("HLJ-ROBOT-01", "status")).toBe("final");
    expect(clause("SD-ROBOT-11c", "status")).toBe("draft");
  });
  it("effective / expiry as Excel date serials", () => {
    // 2026-04-17 = 46023 (2026-01-01) + 31 + 28 + 31 + 16 = 46129; 2028-12-31 = 46023 + 365 + 365 + 366 − 1 = 47118
    expect(clause("HLJ-ROBOT-01", "effective")).toBe(46129);
    expect(clause("HLJ-ROBOT-01", "expiry")).toBe(47118);
    // 2025-01-22 = 45658 + 21; 2027-12-31 = 45658 + 365 + 365 + 365 − 1
    expect(clause("HZ-HUMANOID-06", "effective")).toBe(45679);
    expect(clause("HZ-HUMANOID-06", "expiry")).toBe(46752);
    // Beijing: effective inferred 2023-08-16 = 45154
    expect(clause("BJ-ROBOT-01", "effective")).toBe(45154);
  });
  it("an unknown date is #N/A with a message", () => {
    expect(error(() => clause("BJ-ROBOT-01", "expiry"))).toMatchObject({
      code: "#N/A",
      message: "no expiry stated",
    });
    expect(error(() => clause("HLJ-AI-03", "effective"))).toMatchObject({
      code: "#N/A",
      message: "no effective date stated",
    });
    expect(error(() => clause("SD-ROBOT-02", "expiry"))).toMatchObject({
      code: "#N/A",
      message: "no expiry stated",
    });
  });
  it("ids and fields are case-insensitive and trimmed; a function name works as id", () => {
    expect(clause(" hz-humanoid-03B ", " Function ")).toBe("HZ_FREE_OFFICE_VALUE");
    expect(clause("HLJ_RD_SUBSIDY", "number")).toBe("二（一）1");
    expect(clause([["HLJ-ROBOT-01"]], [["document"]])).toBe("HLJ-ROBOT");
  });
});

describe("CLAUSE errors", () => {
  it("an unknown id is #VALUE! listing the fields", () => {
    expect(error(() => clause("HLJ-ROBOT-99", "quote"))).toMatchObject({
      code: "#VALUE!",
      message: `id must be a clause id (e.g. HLJ-ROBOT-01) or a function name; field must be one of: ${FIELDS}`,
    });
  });
  it("an unknown field is #VALUE! listing the fields", () => {
    expect(error(() => clause("HLJ-ROBOT-01", "amount"))).toMatchObject({
      code: "#VALUE!",
      message: `field must be one of: ${FIELDS}`,
    });
    expect(error(() => clause("HLJ-ROBOT-01", "")).message).toBe(`field must be one of: ${FIELDS}`);
  });
  it("a blank id is #VALUE! 'id is required'", () => {
    expect(error(() => clause("", "quote"))).toMatchObject({
      code: "#VALUE!",
      message: "id is required",
    });
  });
});

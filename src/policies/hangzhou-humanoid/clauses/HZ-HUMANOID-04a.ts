/**
 * HZ-HUMANOID-04a: a lower investment threshold for technology-transformation projects. An eligibility
 * relaxation for another program, not an award, so no function; its two figures are still written once.
 */
import type { Clause } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { DEPT } from "../shared";

const requirement = {
  /** 「由1000万元」: the annual investment required before. */
  before: 10_000_000,
  /** 「降低至500万元」: the annual investment required now. */
  after: 5_000_000,
};

export const clause: Clause = {
  id: "HZ-HUMANOID-04a",
  document: "HZ-HUMANOID",
  numberAsWritten: "四",
  category: "investment",
  type: "N",
  quotes: ["将技改项目年度投资要求由1000万元降低至500万元。"],
  summary: {
    en: `The annual-investment eligibility threshold for (municipal) technology-transformation projects drops from ${grouped(requirement.before)} to ${grouped(requirement.after)} yuan for humanoid firms. This is an eligibility relaxation for another program, not an award.`,
    zh: `人形机器人企业申报（市级）技改项目的年度投资要求由${wan(requirement.before)}降至${wan(requirement.after)}。这是放宽其他项目的申报条件，不是奖补。`,
  },
  figures: requirement,
  departments: DEPT.m4,
};

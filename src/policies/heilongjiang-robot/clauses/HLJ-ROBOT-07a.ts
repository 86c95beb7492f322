/** HLJ-ROBOT-07a: technology transformation, rewarded under another provincial policy (amount set there). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-07a",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（二）7",
  category: "investment",
  type: "N-$",
  quotes: ["对符合企业技术改造政策要求的，予以省级财政资金奖励支持。"],
  context: [
    "对符合条件的改造升级、用能设备更新改造项目，在争取国家设备更新超长期特别国债等资金时予以支持。",
  ],
  summary: {
    en: "Technology-transformation projects that meet the provincial technology-transformation policy receive provincial fiscal rewards. The amount is set by that other policy. The likely referent is item 1 of 《黑龙江省推动工业振兴若干政策措施》: LPR interest subsidy for 12 months, capped at 8,000,000 yuan, or 24 months capped at 25,000,000 yuan for projects of 200,000,000 yuan or more. That link is unverified (see §7).",
    zh: "符合企业技术改造政策要求的项目，予以省级财政资金奖励，金额由技术改造政策另行规定（可能指《黑龙江省推动工业振兴若干政策措施》第1条的LPR贴息，该对应关系未经核实）。",
  },
  departments: "省工业和信息化厅、省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
};

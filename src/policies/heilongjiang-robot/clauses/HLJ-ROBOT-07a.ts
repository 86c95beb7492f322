/** HLJ-ROBOT-07a: technology transformation, rewarded under another provincial policy (amount set there). */
import type { Clause } from "../../../catalog/types";
import { grouped } from "../../../format/money";

/**
 * What the summary cites from 《黑龙江省推动工业振兴若干政策措施》 item 1 (spec §4.1; not this text's words,
 * and the link is unverified).
 */
const cited = {
  /** LPR interest subsidy for 12 months, capped at this. */
  shortCap: 8_000_000,
  /** 24 months, capped at this, for projects of `largeProject` or more. */
  longCap: 25_000_000,
  largeProject: 200_000_000,
};

export const clause: Clause = {
  id: "HLJ-ROBOT-07a",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（二）7",
  category: "investment",
  type: "N-$",
  quotes: ["对符合企业技术改造政策要求的，予以省级财政资金奖励支持。"],
  summary: {
    en: `Technology-transformation projects that meet the provincial technology-transformation policy receive provincial fiscal rewards. The amount is set by that other policy. The likely referent is item 1 of 《黑龙江省推动工业振兴若干政策措施》: LPR interest subsidy for 12 months, capped at ${grouped(cited.shortCap)} yuan, or 24 months capped at ${grouped(cited.longCap)} yuan for projects of ${grouped(cited.largeProject)} yuan or more. That link is unverified (see §7).`,
    zh: "符合企业技术改造政策要求的项目，予以省级财政资金奖励，金额由技术改造政策另行规定（可能指《黑龙江省推动工业振兴若干政策措施》第1条的LPR贴息，该对应关系未经核实）。",
  },
  figures: cited,
  departments: "省工业和信息化厅、省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
};

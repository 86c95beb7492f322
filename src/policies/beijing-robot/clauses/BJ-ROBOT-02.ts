/** BJ-ROBOT-02: a humanoid robot innovation center and relaxed enterprise-technology-center criteria, no money (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { NONE } from "../departments";

/** 「以年度主营业务收入作为申报条件的可放宽至不低于 1 亿元」 (an eligibility threshold, not an award). */
const relaxedRevenueThreshold = 100_000_000;

export const clause: Clause = {
  id: "BJ-ROBOT-02",
  document: "BJ-ROBOT",
  numberAsWritten: "一（二）",
  category: "innovation-platform",
  type: "N",
  quotes: [
    "由机器人骨干企业牵头，整合国内外一流创新资源，组建人形机器人创新中心，开展关键共性技术研究。",
    "支持机器人企业建设市级企业技术中心，以年度主营业务收入作为申报条件的可放宽至不低于 1 亿元。",
  ],
  summary: {
    en: `A humanoid robot innovation center led by backbone firms; joint work with the 「智能机器人与系统高精尖创新中心」; the revenue threshold for municipal enterprise technology centers is relaxed to ≥ ${grouped(relaxedRevenueThreshold)} yuan; open source is encouraged.`,
    zh: `由骨干企业牵头组建人形机器人创新中心；与“智能机器人与系统高精尖创新中心”联合攻关；市级企业技术中心的年度主营业务收入申报条件放宽至不低于${wan(relaxedRevenueThreshold)}；鼓励参与开源项目。`,
  },
  departments: NONE,
};

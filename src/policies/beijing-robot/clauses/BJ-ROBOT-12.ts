/** BJ-ROBOT-12: the robot industry fund and rewards for listing, no award amount (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

/** The fund's size and first phase as the English summary writes them (「100 亿元」, 「20 亿元」), in billions of yuan. */
const fundBillions = {
  /** 「设立 100 亿元规模的机器人产业基金」. */
  size: 10,
  /** 「首期规模不低于 20 亿元」. */
  firstPhaseAtLeast: 2,
};

export const clause: Clause = {
  id: "BJ-ROBOT-12",
  document: "BJ-ROBOT",
  numberAsWritten: "四（十二）",
  category: "listing-finance",
  type: "N-$",
  quotes: [
    "设立 100 亿元规模的机器人产业基金，首期规模不低于 20 亿元，支持创新团队孵化、技术成果转化、企业并购重组和发展壮大。",
    "对进入北京“专精特新”专板、全国中小企业股份转让系统和上市的优质企业予以奖励。",
  ],
  // The fund is no award, and a clause without a function has no constants the health check could read its
  // figures from: the Chinese summary quotes the text's sentence (「…」) instead of restating its amounts.
  summary: {
    en: `A ${fundBillions.size}-billion-yuan robot fund (first phase ≥ ${fundBillions.firstPhaseAtLeast} billion); rewards for listing on the Beijing 专精特新 board, the NEEQ, or an exchange (no amount); fast track to the Beijing Stock Exchange.`,
    zh: "「设立 100 亿元规模的机器人产业基金，首期规模不低于 20 亿元」；对进入北京“专精特新”专板、全国中小企业股份转让系统和上市的企业予以奖励（未规定金额）；支持快速申报北交所。",
  },
  departments: NONE,
};

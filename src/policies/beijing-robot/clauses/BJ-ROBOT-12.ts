/** BJ-ROBOT-12: the robot industry fund and rewards for listing, no award amount (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { wan } from "../../../format/money";
import { NONE } from "../departments";

const fund = {
  /** 「设立 100 亿元规模的机器人产业基金」. */
  size: 10_000_000_000,
  /** 「首期规模不低于 20 亿元」. */
  firstPhaseAtLeast: 2_000_000_000,
};

/** 10,000,000,000 → 10, for the English "10-billion-yuan" (a unit, not a policy number). */
const billions = (n: number): number => n / 1_000_000_000;

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
  summary: {
    en: `A ${billions(fund.size)}-billion-yuan robot fund (first phase ≥ ${billions(fund.firstPhaseAtLeast)} billion); rewards for listing on the Beijing 专精特新 board, the NEEQ, or an exchange (no amount); fast track to the Beijing Stock Exchange.`,
    zh: `设立${wan(fund.size)}机器人产业基金（首期不低于${wan(fund.firstPhaseAtLeast)}）；对进入北京“专精特新”专板、全国中小企业股份转让系统和上市的企业予以奖励（未规定金额）；支持快速申报北交所。`,
  },
  departments: NONE,
};

/** BJ-ROBOT-05b: support for 「专精特新」 robot firms' first 「升规」 or first output above a threshold, no amount (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { NONE } from "../departments";

/** 「产值首次突破 1 亿元」 (the milestone supported; no award amount is stated). */
const outputMilestone = 100_000_000;

export const clause: Clause = {
  id: "BJ-ROBOT-05b",
  document: "BJ-ROBOT",
  numberAsWritten: "二（五）",
  category: "revenue-milestone",
  type: "N-$",
  quotes: ["对首次“升规”和产值首次突破 1 亿元的“专精特新”机器人企业予以支持。"],
  summary: {
    en: `Specialised ("专精特新") robot firms that first reach above-designated-size status, or whose output first exceeds ${grouped(outputMilestone)} yuan, are supported (no amount).`,
    zh: `首次“升规”和产值首次突破${wan(outputMilestone)}的“专精特新”机器人企业予以支持（未规定金额）。`,
  },
  departments: NONE,
};

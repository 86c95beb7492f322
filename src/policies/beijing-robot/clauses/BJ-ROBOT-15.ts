/** BJ-ROBOT-15: funding under existing rules for exhibitions, certification and overseas IP, no amount (spec §4.5). */
import type { Clause } from "../../../catalog/types";
import { NONE } from "../departments";

export const clause: Clause = {
  id: "BJ-ROBOT-15",
  document: "BJ-ROBOT",
  numberAsWritten: "四（十五）",
  category: "other",
  type: "N-$",
  quotes: [
    "对参加国际性展会、取得产品认证、实现境外商标注册、获得境外专利授权的企业，按照现有规定予以资金支持。",
  ],
  summary: {
    en: "Funding under existing rules for international exhibitions, product certification, and overseas trademarks and patents; support for attending the World Robot Conference and similar events.",
    zh: "参加国际性展会、取得产品认证、境外商标注册、境外专利授权的企业，按现有规定予以资金支持；支持参加世界机器人大会等国际活动。",
  },
  departments: NONE,
};

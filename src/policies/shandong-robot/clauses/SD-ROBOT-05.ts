/** SD-ROBOT-05 (N): tiered cultivation of innovative enterprises. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-05",
  document: "SD-ROBOT",
  numberAsWritten: "二（二）1",
  category: "other",
  type: "N",
  quotes: [
    "梯次培育一批专注细分领域、具有高成长预期的创新企业，逐步成长为科技型中小企业、专精特新中小企业、高新技术企业、瞪羚和独角兽企业，培育一批具有全国影响力的专精特新“小巨人”和制造业单项冠军企业。",
  ],
  summary: {
    en: 'Cultivate chain-leader, specialised ("专精特新"), little-giant and single-champion enterprises. No amounts.',
    zh: "培育“链主”企业、专精特新企业、“小巨人”和制造业单项冠军企业。未规定金额。",
  },
  departments: "省工业和信息化厅、省科技厅、省财政厅",
};

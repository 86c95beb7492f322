/** HLJ-AI-15: AI funds and financing (spec §4.4; N: no function). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-AI-15",
  document: "HLJ-AI",
  numberAsWritten: "四、15",
  category: "listing-finance",
  type: "N",
  quotes: [
    "筹设省内人工智能领域基金，用好龙江天使投资基金和龙江创业投资基金，引导金融资本投早、投小、投长期、投硬科技，满足人工智能企业不同生命周期阶段的融资需求。",
  ],
  summary: {
    en: "AI funds, policy-based financial instruments, government guarantees, and bank products (「科新贷」 etc.). No amounts.",
    zh: "筹设人工智能领域基金，运用新型政策性金融工具、政府性融资担保及“科新贷”等银行金融产品支持人工智能企业。未定金额。",
  },
  departments:
    "省地方金融管理局、省发展改革委、省科技厅、省财政厅、人民银行黑龙江省分行、黑龙江金融监管局、黑龙江证监局",
};

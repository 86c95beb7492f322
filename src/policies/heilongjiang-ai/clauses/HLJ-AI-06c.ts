/** HLJ-AI-06c: the 「数据券」 data voucher, annual cap shared with HLJ-ROBOT-13b (spec §4.4, §7). */
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { dataVoucherFunction } from "../../builders/heilongjiang";

const constants = {
  /** 「按照年度数据交易金额的10%」. */
  rate: 0.1,
  /** 「单个采购主体年度补贴最高不超过100万元」. */
  cap: 1_000_000,
};

export const HLJAI_DATA_VOUCHER = dataVoucherFunction("HLJAI_DATA_VOUCHER", constants);

export const clause = quantitativeClause({
  id: "HLJ-AI-06c",
  document: "HLJ-AI",
  numberAsWritten: "二、6",
  category: "data",
  type: "Q",
  quotes: [
    "支持采购数据集、数据接口、数据模型等数据产品，按照年度数据交易金额的10%，给予采购主体“数据券”补贴，单个采购主体年度补贴最高不超过100万元。",
  ],
  summary: (c) => ({
    en: `The data voucher: ${percent(c.rate)} of annual data transactions, up to ${grouped(c.cap)} yuan per purchaser per year. Identical to HLJ-ROBOT-13b.`,
    zh: `“数据券”：按年度数据交易金额的${percent(c.rate)}给予采购主体补贴，单个采购主体年度最高${wan(c.cap)}；与HLJ-ROBOT-13b相同。`,
  }),
  departments: "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）",
  fn: HLJAI_DATA_VOUCHER,
  oneTime: { kind: "annual" },
});

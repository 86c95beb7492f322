/** HLJ-ROBOT-13b: the 「数据券」 data voucher, annual cap shared with HLJ-AI-06c (spec §4.1, §7). */
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

export const HLJ_DATA_VOUCHER = dataVoucherFunction("HLJ_DATA_VOUCHER", constants);

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-13b",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（四）13",
  category: "data",
  type: "Q",
  quotes: [
    "发放“数据券”，支持企业采购数据集、数据接口、数据模型等数据产品，按照年度数据交易金额的10%，给予采购主体“数据券”补贴，单个采购主体年度补贴最高不超过100万元。",
  ],
  summary: (c) => ({
    en: `A data voucher of ${percent(c.rate)} of annual data-purchase transactions (datasets, data APIs, data models), up to ${grouped(c.cap)} yuan per purchaser per year.`,
    zh: `发放“数据券”，按采购数据集、数据接口、数据模型等数据产品的年度交易金额的${percent(c.rate)}给予补贴，单个采购主体年度最高${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_DATA_VOUCHER,
  oneTime: { kind: "annual" },
});

/** SD-ROBOT-12a: compute vouchers (算力券) on qualifying compute contracts, rate not stated (an argument), under a cumulative cap. */
import { rateUnderRoom } from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { amount, rate, receivedToDate } from "../../builders/params";
import { DEPARTMENTS } from "../departments";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「单个企业累计奖补总额最高500万元」. */
  cap: 5_000_000,
};

export const SD_COMPUTE_VOUCHER = clauseFunction({
  name: "SD_COMPUTE_VOUCHER",
  params: [
    amount(
      "contract_amount",
      { en: "Compute contract amount", zh: "算力交易合同金额" },
      { role: { kind: "base" } }
    ),
    // 「对符合条件的算力交易合同进行奖补」 states no rate (Q-R), so the rate is required.
    rate("rate", { en: "Voucher rate", zh: "算力券补贴比例" }),
    receivedToDate({ en: "Received in the policy period", zh: "累计已获算力券" }, "cumulative"),
  ],
  constants,
  shape: rateUnderRoom(
    {
      param: "contract_amount",
      label: { en: "Compute-transaction contracts", zh: "算力交易合同金额" },
    },
    { label: L.cumulativeRoom },
    "rate"
  ),
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-12a",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）5",
  category: "compute",
  type: "Q-R",
  quotes: [
    "对训练场算力需求、大模型及语料库实施“算力券”、“模型券”、“语料券”奖补，按照相关程序，对符合条件的算力交易合同进行奖补，单个企业累计奖补总额最高500万元；",
  ],
  summary: (c) => ({
    en: `Compute vouchers on qualifying compute-transaction contracts (for robot training grounds), up to ${grouped(c.cap)} yuan cumulative per enterprise. No rate is given.`,
    zh: `对机器人训练场符合条件的算力交易合同给予“算力券”奖补，单个企业累计最高${wan(c.cap)}。未规定比例。`,
  }),
  departments: DEPARTMENTS.m12,
  fn: SD_COMPUTE_VOUCHER,
  oneTime: { kind: "annual" },
});

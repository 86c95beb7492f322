/** BJ-ROBOT-07: the Beijing–Tianjin–Hebei 「强链补链」 action, a share of contract performance (spec §4.5). */
import { rateUnderRoom } from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, receivedToDate } from "../../builders/params";
import { rateAtMost } from "../../builders/rate-at-most";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按照不超过实际履约金额的 5%予以奖励」: the default and the maximum of the rate argument. */
  rate: 0.05,
  /** 「最高 3000 万元」: the enterprise's ceiling over the policy term (Revision 2). */
  cap: 30_000_000,
};

export const BJ_BTH_SUPPLY_CHAIN_AWARD = clauseFunction({
  name: "BJ_BTH_SUPPLY_CHAIN_AWARD",
  params: [
    amount(
      "contract_performance_amount",
      { en: "Contract performance amount", zh: "实际履约金额" },
      { role: { kind: "base" } }
    ),
    rateAtMost("rate", { en: "Award rate", zh: "奖励比例" }, constants.rate),
    receivedToDate({ en: "Received in the policy period", zh: "政策期内已获奖励" }, "cumulative"),
  ],
  constants,
  shape: rateUnderRoom(
    {
      param: "contract_performance_amount",
      label: { en: "Actual contract-performance amount", zh: "实际履约金额" },
    },
    { label: L.cumulativeRoom },
    "rate"
  ),
});

export const clause = quantitativeClause({
  id: "BJ-ROBOT-07",
  document: "BJ-ROBOT",
  numberAsWritten: "二（七）",
  category: "other",
  type: "Q",
  quotes: [
    "对参加“强链补链”行动且符合条件的企业，按照不超过实际履约金额的 5%予以奖励，最高 3000 万元。",
  ],
  summary: (c: typeof constants) => ({
    en: `Firms in the Beijing–Tianjin–Hebei "strengthen/complete the chain" action receive ≤ ${percent(c.rate)} of the actual contract-performance amount, up to ${grouped(c.cap)} yuan.`,
    zh: `参加京津冀“强链补链”行动且符合条件的企业，按不超过实际履约金额的${percent(c.rate)}予以奖励，最高${wan(c.cap)}。`,
  }),
  departments:
    "none stated (run jointly with the Tianjin and Hebei industry authorities: 联合天津市、河北省产业主管部门)",
  fn: BJ_BTH_SUPPLY_CHAIN_AWARD,
  oneTime: { kind: "annual" },
});

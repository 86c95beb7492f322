/** HLJ-ROBOT-07b: digital workshops and smart factories, a one-time rate of the contract, capped by type (spec §4.1). */
import { rateCappedByCode } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, code } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「按项目合同金额…给予10%的一次性补助」. */
  rate: 0.1,
  /** 「最高分别不超过200万元和1000万元」, in listing order: workshop (line), smart factory. */
  caps: { WORKSHOP: 2_000_000, FACTORY: 10_000_000 },
};

export const HLJ_DIGITAL_FACTORY_SUBSIDY = clauseFunction({
  name: "HLJ_DIGITAL_FACTORY_SUBSIDY",
  params: [
    amount(
      "contract_amount",
      { en: "Contract amount", zh: "项目合同金额" },
      { role: { kind: "base" } }
    ),
    code("type", { en: "Type", zh: "建设类型" }, [
      {
        value: "WORKSHOP",
        aliases: ["LINE", "数字化车间", "生产线", "数字化车间（生产线）"],
      },
      { value: "FACTORY", aliases: ["智能工厂"] },
    ]),
  ],
  constants,
  shape: rateCappedByCode(
    { param: "contract_amount", label: { en: "Project contract amount", zh: "项目合同金额" } },
    "type"
  ),
});

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-07b",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（二）7",
  category: "digital-factory",
  type: "Q",
  quotes: [
    "对经认定的数字化车间（生产线）和智能工厂，按项目合同金额（含设备投资和工业软件购置等数字化建设费用）给予10%的一次性补助，最高分别不超过200万元和1000万元。",
  ],
  summary: (c) => ({
    en: `Recognised digital workshops (production lines) and smart factories receive a one-time ${percent(c.rate)} of project contract value (including equipment and industrial software), capped at ${grouped(c.caps.WORKSHOP)} yuan (workshop/line) and ${grouped(c.caps.FACTORY)} yuan (smart factory).`,
    zh: `经认定的数字化车间（生产线）和智能工厂，按项目合同金额（含设备投资和工业软件购置等）的${percent(c.rate)}给予一次性补助，最高分别不超过${wan(c.caps.WORKSHOP)}和${wan(c.caps.FACTORY)}。`,
  }),
  departments: "省工业和信息化厅、省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_DIGITAL_FACTORY_SUBSIDY,
  oneTime: {
    kind: "code",
    param: "type",
  },
});

/** SD-ROBOT-08: a recognised future-industry acceleration park → an award up to a cap (the park is the beneficiary). */
import { upToCap } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { requested } from "../requested";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「对认定的加速园按规定给予最高600万元奖补支持」. */
  cap: 6_000_000,
};

export const SD_ACCEL_PARK_AWARD = clauseFunction({
  name: "SD_ACCEL_PARK_AWARD",
  params: [requested("requested")],
  constants,
  shape: upToCap("requested"),
  upTo: true,
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-08",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）1",
  category: "land-space",
  type: "Q",
  quotes: [
    "支持未来产业加速园建设，在未来制造、未来信息和未来材料领域培育壮大智能机器人、优质企业，对认定的加速园按规定给予最高600万元奖补支持。对园区内的优质机器人产业项目，通过省新旧动能转换基金按照市场化方式给予支持。",
  ],
  summary: (c) => ({
    en: `A recognised future-industry acceleration park gets up to ${grouped(c.cap)} yuan. Quality robot projects in the parks get market-based equity support from the provincial conversion fund (not modelled). The beneficiary of the award is the park (operator), not a robot enterprise.`,
    zh: `认定的未来产业加速园最高给予${wan(c.cap)}奖补；园区内优质机器人项目通过省新旧动能转换基金按市场化方式支持（不建模）。奖补对象为加速园（运营方），而非机器人企业。`,
  }),
  departments: "省工业和信息化厅、省发展改革委、省财政厅",
  fn: SD_ACCEL_PARK_AWARD,
  oneTime: { kind: "annual" },
});

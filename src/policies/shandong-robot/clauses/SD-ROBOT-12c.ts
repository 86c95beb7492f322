/** SD-ROBOT-12c: corpus vouchers (语料券): up to a cap per qualifying corpus. */
import { upToCap } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { DEPARTMENTS } from "../departments";
import { requested } from "../requested";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「单个语料库给予最高150万元补贴」. */
  cap: 1_500_000,
};

export const SD_CORPUS_VOUCHER = clauseFunction({
  name: "SD_CORPUS_VOUCHER",
  params: [requested("requested")],
  constants,
  shape: upToCap("requested"),
  upTo: true,
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-12c",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）5",
  category: "data",
  type: "Q",
  quotes: ["对符合条件的语料库进行奖补，单个语料库给予最高150万元补贴。"],
  summary: (c) => ({
    en: `Corpus voucher: up to ${grouped(c.cap)} yuan per qualifying corpus.`,
    zh: `“语料券”：符合条件的语料库，单个语料库最高${wan(c.cap)}补贴。`,
  }),
  departments: DEPARTMENTS.m12,
  fn: SD_CORPUS_VOUCHER,
  oneTime: { kind: "annual" },
});

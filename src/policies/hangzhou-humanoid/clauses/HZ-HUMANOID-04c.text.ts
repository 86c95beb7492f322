/** HZ-HUMANOID-04c's prose: the threshold, the rate and the cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rateAtMostHelp } from "../shared.text";
import { HZ_LOAN_INTEREST_SUBSIDY } from "./HZ-HUMANOID-04c";

export const text = clauseText<typeof HZ_LOAN_INTEREST_SUBSIDY>(
  "HZ_LOAN_INTEREST_SUBSIDY",
  (c) => ({
    description: {
      en: `Hangzhou loan-interest subsidy for fixed-asset investment (HZ-HUMANOID-04c): with investment (excluding land, buildings, used equipment) of ${grouped(c.investmentThreshold)} yuan or more and a loan, at most ${percent(c.rate)} a year on the loan; at most ${grouped(c.cap)} yuan per enterprise.`,
      zh: `杭州固定资产投资贷款贴息（HZ-HUMANOID-04c）：实际投资总额（不含土地、厂房、旧设备等）达${wan(c.investmentThreshold)}且获得贷款的，按实际贷款额给予不高于${percent(c.rate)}的年利率贴息，单个企业贴息总额最高${wan(c.cap)}。`,
    },
    formula: {
      en: `0 unless eligible investment ≥ ${grouped(c.investmentThreshold)} and loan > 0; otherwise loan × rate (≤ ${percent(c.rate)}) × years, at most the interest actually paid when given, then at most the room left under the ${grouped(c.cap)} cumulative cap.`,
      zh: `实际投资总额≥${wan(c.investmentThreshold)}且贷款额>0时：贷款额×利率（≤${percent(c.rate)}）×年数；如填写实际利息则不超过实际利息；再以累计${wan(c.cap)}上限的剩余额度为限。否则为0。`,
    },
    params: {
      eligible_investment: {
        en: `Actual fixed-asset investment, excluding land, buildings and used equipment, in yuan. Must reach ${grouped(c.investmentThreshold)} (「达500万元」: ${grouped(c.investmentThreshold)} itself qualifies).`,
        zh: `实际固定资产投资总额（不含土地、厂房、旧设备等），元。须达到${wan(c.investmentThreshold)}（「达500万元」，含本数）。`,
      },
      loan_amount: {
        en: "Actual loan amount (实际贷款额), read as the principal, in yuan. 0 means no loan was obtained → 0.",
        zh: "实际贷款额（按贷款本金理解），元。为0即未获得贷款，结果为0。",
      },
      years: {
        en: "Years of interest subsidised in this calculation; fractions allowed (0.5 = six months). Default 1. The text states no subsidy period.",
        zh: "本次计算的贴息年数，可为小数（0.5即半年），默认1。政策未规定贴息期限。",
      },
      rate: rateAtMostHelp(HZ_LOAN_INTEREST_SUBSIDY, "「不高于1%的年利率」", c.rate),
      received_to_date: {
        en: `Interest subsidy already received under this clause, in yuan; default 0. Cumulative cap ${grouped(c.cap)} per enterprise (「单个企业贴息补助总额最高150万元」).`,
        zh: `本条已获得的贴息补助，元，默认0。单个企业贴息补助总额最高${wan(c.cap)}。`,
      },
      actual_interest_paid: {
        en: "Optional: interest actually paid over the same period, in yuan. If given, the subsidy cannot exceed it (implicit in 贴息; not stated in the text).",
        zh: "可选：同期实际支付的利息，元。填写后补助不超过该金额（贴息的性质使然，原文未写明）。",
      },
    },
    ambiguities: [
      {
        issue: { en: "The subsidy period is not stated.", zh: "政策未规定贴息期限。" },
        chosen: { en: "The user's years (default 1).", zh: "按所填years（年数，默认1）。" },
      },
      {
        issue: { en: "「实际贷款额」", zh: "「实际贷款额」" },
        chosen: { en: "The principal.", zh: "按贷款本金理解。" },
        alternative: {
          en: "The average balance: pass it as loan_amount.",
          zh: "按平均贷款余额理解：将其填入loan_amount。",
        },
      },
      {
        issue: {
          en: "「融券融资」 reads like a slip for 融资 / 债券融资.",
          zh: "「融券融资」疑为融资或债券融资的笔误。",
        },
        chosen: { en: "No effect on the formula.", zh: "不影响计算公式。" },
      },
    ],
    // Expected values from the policy text, never from the code: 「达500万元…不高于1%…总额最高150万元」.
    examples: [
      {
        args: [20_000_000, 30_000_000],
        expect: 300_000,
        arithmetic: "30,000,000 × 0.01 × 1 = 300,000",
      },
      {
        args: [200_000_000, 100_000_000, 2],
        expect: 1_500_000,
        arithmetic: "100,000,000 × 0.01 × 2 = 2,000,000 → cap 1,500,000",
        note: "cap",
      },
      {
        args: [4_900_000, 10_000_000],
        expect: 0,
        arithmetic: "investment 4,900,000 < 5,000,000",
        note: "below threshold",
      },
      {
        args: [20_000_000, 30_000_000, 1, 0.01, 1_350_000],
        expect: 150_000,
        arithmetic: "min(300,000, 1,500,000 − 1,350,000) = 150,000",
        note: "partly used cap",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-04c",
  because: "根据实际贷款额给予不高于1%的年利率贴息补助",
};

/**
 * The HLJ-ROBOT / HLJ-AI twin clauses (src/policies/builders/heilongjiang.ts), tested by one table each:
 * the branches of the shared formula are fixed here, and each twin's `<ID>.test.ts` supplies its own cases
 * for every branch, worked out by hand from its own sentence (the arithmetic sits in each case). The
 * §2.4 input contract of a twin is shared too: the document tests list it through the `…Contract` builders.
 * Thresholds: 「以上」 includes the number (≥) — 民法典 art. 1259.
 */
import { calculate } from "../../src";
import type { Contract } from "../support/contracts";
import { expectNum } from "../support/expect-error";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

/** One hand-computed call: the arguments, the award, and the arithmetic from the policy text. */
export interface Case {
  args: unknown[];
  expect: number;
  arithmetic: string;
}

/** One test per case, named by its arithmetic. */
function cases(name: string, list: readonly Case[]): void {
  test.each(list.map((c) => [c.arithmetic, c] as const))(`${name}: %s`, (_, c) => {
    expect(award(name, c.args)).toBeCloseTo(c.expect, 2);
  });
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-01 / HLJ-AI-03 「对研发投入50万元以上…给予基础比例上浮50%的补助支持，累计最高不超过1500万元」
// ---------------------------------------------------------------------------------------------------

export const rdPostSubsidyContract = (name: string, valid: unknown[]): Contract => ({
  name,
  params: [
    "rd_last_year",
    "rd_prior_year",
    "base_stock_ratio",
    "base_increment_ratio",
    "received_to_date",
    "stock_basis",
    "base_annual_cap",
  ],
  valid,
  required: ["rd_last_year", "rd_prior_year", "base_stock_ratio", "base_increment_ratio"],
  amounts: ["rd_last_year", "rd_prior_year", "received_to_date", "base_annual_cap"],
  rates: [{ param: "base_stock_ratio" }, { param: "base_increment_ratio" }],
  codes: ["stock_basis"],
});

export interface RdPostSubsidyTable {
  name: string;
  /** 「研发投入50万元以上」: at, below and above 500,000. */
  threshold: Case[];
  /** Four arguments, default basis SPLIT: stock = min(last, prior), increment = last − prior. */
  split: Case;
  /** The same four arguments read with stock_basis TOTAL: stock = last year in full. */
  total: Case;
  /** Further cases of the stock/increment split (R&D fell …). */
  basis: Case[];
  /** 「累计最高不超过1500万元」: the room left under the cumulative cap. */
  cumulativeCap: Case[];
  /** Revision 1: at most base_annual_cap × 1.5 when given. */
  baseAnnualCap: Case[];
}

export function describeRdPostSubsidy(t: RdPostSubsidyTable): void {
  const withBasis = (c: Case, basis: string): unknown[] => [...c.args, 0, basis];
  describe(`${t.name} — 「研发投入50万元以上」 includes 500,000`, () => cases(t.name, t.threshold));
  describe(`${t.name} — 「上浮50%」 multiplies the base by 1.5; 「存量和增量部分」`, () => {
    test(`SPLIT (default): ${t.split.arithmetic}`, () => {
      expect(award(t.name, t.split.args)).toBeCloseTo(t.split.expect, 2);
    });
    test.each(["TOTAL", "total", " Total ", " total ", "全额"])(
      `stock_basis %p → TOTAL: ${t.total.arithmetic}`,
      (basis) => expect(award(t.name, withBasis(t.total, basis))).toBeCloseTo(t.total.expect, 2)
    );
    test.each(["SPLIT", "split", "拆分", ""])("stock_basis %p → SPLIT, as the default", (basis) =>
      expect(award(t.name, withBasis(t.split, basis))).toBeCloseTo(t.split.expect, 2)
    );
    cases(t.name, t.basis);
  });
  describe(`${t.name} — 「累计最高不超过1500万元」 (room under the cumulative cap)`, () =>
    cases(t.name, t.cumulativeCap));
  describe(`${t.name} — base_annual_cap (Revision 1): at most the base scheme's annual limit × 1.5`, () =>
    cases(t.name, t.baseAnnualCap));
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-04 / HLJ-AI-04 「根据绩效评价结果，按总投资额的30%最高给予1000万元资助」
// ---------------------------------------------------------------------------------------------------

export const pilotPlatformContract = (
  name: string,
  valid: unknown[],
  maxRate: number
): Contract => ({
  name,
  params: ["total_investment", "rate"],
  valid,
  required: ["total_investment"],
  amounts: ["total_investment"],
  rates: [{ param: "rate", max: maxRate }],
});

export interface PilotPlatformTable {
  name: string;
  /** 「按总投资额的30%最高给予1000万元」 at the default rate: below, at the cap point, capped. */
  cap: Case[];
  /** Revision 2: a rate graded by the evaluation, a blank rate (the maximum), the cap at a graded rate. */
  graded: Case[];
  /** A rate above the text's, with the exact #NUM! message. */
  aboveMax: { args: unknown[]; message: string };
}

export function describePilotPlatform(t: PilotPlatformTable): void {
  describe(`${t.name} — 30%, 「最高1000万元」`, () => cases(t.name, t.cap));
  describe(`${t.name} — rate graded by 「绩效评价结果」, at most 0.30 (Revision 2)`, () => {
    cases(t.name, t.graded);
    test("above the text's rate → #NUM! (Revision 2 worked example)", () =>
      expectNum(t.name, t.aboveMax.args, t.aboveMax.message));
  });
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-11 / HLJ-AI-11b 「按照实际发生费用的30%，给予最高30万元补助资金」
// ---------------------------------------------------------------------------------------------------

export const launchEventContract = (name: string, valid: unknown[]): Contract => ({
  name,
  params: ["actual_cost"],
  valid,
  required: ["actual_cost"],
  amounts: ["actual_cost"],
});

export interface LaunchEventTable {
  name: string;
  /** Below, at and above the cap. */
  cap: Case[];
}

export function describeLaunchEvent(t: LaunchEventTable): void {
  describe(`${t.name} — 30%, 「最高30万元」`, () => cases(t.name, t.cap));
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13a / HLJ-AI-06a 「给予最高200万元」 (up to)
// ---------------------------------------------------------------------------------------------------

export const datasetContract = (name: string, valid: unknown[]): Contract => ({
  name,
  params: ["requested"],
  valid,
  required: [],
  amounts: ["requested"],
});

export interface DatasetTable {
  name: string;
  /** No request (args []): the maximum; a blank request is the same. */
  maximum: Case;
  /** Below, at and above the cap. */
  cap: Case[];
}

export function describeDataset(t: DatasetTable): void {
  describe(`${t.name} — 「最高200万元」 (up to)`, () => {
    test(`omitted or blank request → the maximum: ${t.maximum.arithmetic}`, () => {
      expect(award(t.name, t.maximum.args)).toBeCloseTo(t.maximum.expect, 2);
      expect(award(t.name, [...t.maximum.args, ""])).toBeCloseTo(t.maximum.expect, 2);
    });
    cases(t.name, t.cap);
  });
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13b / HLJ-AI-06c 「按照年度数据交易金额的10%…单个采购主体年度补贴最高不超过100万元」
// ---------------------------------------------------------------------------------------------------

export const dataVoucherContract = (name: string, valid: unknown[]): Contract => ({
  name,
  params: ["annual_transaction_amount", "received_to_date"],
  valid,
  required: ["annual_transaction_amount"],
  amounts: ["annual_transaction_amount", "received_to_date"],
});

export interface DataVoucherTable {
  name: string;
  /** Below, at and above the annual cap, nothing received. */
  cap: Case[];
  /** The cap reduced by vouchers already received (the twin's included, one scheme), down to 0. */
  room: Case[];
}

export function describeDataVoucher(t: DataVoucherTable): void {
  describe(`${t.name} — 10%, 「年度补贴最高不超过100万元」`, () => cases(t.name, t.cap));
  describe(`${t.name} — the annual cap is shared with the twin clause's vouchers`, () =>
    cases(t.name, t.room));
}

/** A twin pair computes the same award from the same arguments (spec §5.2: identical functions). */
export function describeTwinsAgree(a: string, b: string, calls: unknown[][]): void {
  test.each(calls.map((args) => [JSON.stringify(args), args] as const))(
    `${a} and ${b} agree on %s`,
    (_, args) => expect(award(a, args)).toBeCloseTo(award(b, args), 2)
  );
}

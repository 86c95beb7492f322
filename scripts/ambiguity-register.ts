/**
 * The rows of the spec's ambiguity register (spec/clauses.md §8) that belong to no single clause function,
 * copied verbatim from the spec: they concern dates, stacking and cap scopes across documents. Every other
 * row lives with its function, in the clause record's `fn.ambiguities`, and docs/ambiguities.md is rendered
 * from both (scripts/docs/ambiguities.ts).
 */

/** Where the register is: the specification, §8. */
export const SPEC_REGISTER = {
  // The spec lives in shared/, beside the checkout (not in the repo).
  title: "shared/spec/clauses.md §8, Ambiguity register (most consequential first)",
  href: "../../shared/spec/clauses.md#8-ambiguity-register-most-consequential-first",
};

export interface RegisterRow {
  /** The row's number in §8. */
  number: number;
  where: string;
  issue: string;
  chosen: string;
  alternative: string;
  moneyAtStake: string;
}

export const crossCuttingAmbiguities: readonly RegisterRow[] = [
  {
    number: 7,
    where: "stacking",
    issue:
      "HLJ-ROBOT and HLJ-AI duplicate clauses (R&D, pilot, data voucher, dataset, launch, scenario, industrialization)",
    chosen: "one award, MAX, shared caps",
    alternative: "add them (contradicts both texts)",
    moneyAtStake: "doubles the awards if wrong",
  },
  {
    number: 9,
    where: "Dates",
    issue: "HLJ-AI issue/expiry unknown; SD draft with no dates; BJ effective/expiry not stated",
    chosen:
      "HLJ-AI unknown (#N/A); SD draft, not in force (#N/A); BJ effective = issue date (inferred), treated as in force to 2025-12-31 and unknown after (#N/A), §3.6",
    alternative: "–",
    moneyAtStake: "claims outside the validity period are worth 0",
  },
  {
    number: 16,
    where: "cap scopes",
    issue:
      "HZ-02b (per task?), BJ-01 (per project?), BJ-07 (cumulative per enterprise, Revision 2)",
    chosen: "per task / project; BJ-07 cumulative via received_to_date",
    alternative: "per enterprise per year or per award",
    moneyAtStake: "up to 30,000,000",
  },
  {
    number: 21,
    where: 'HLJ "我省其他扶持政策"',
    issue: "whether city policies count",
    chosen: "provincial only",
    alternative: "include 市地 policies",
    moneyAtStake: "varies",
  },
];

/**
 * The most a clause function may pay for given (validated) arguments, read from the clause's own constants
 * so no policy number is typed here. Generic rules cover the formula shapes; the few clauses whose ceiling
 * depends on their inputs in a shape of their own are listed by hand in BY_HAND (still from constants).
 *
 * Generic rules, in order:
 *  - caps by category (constants.caps + the code argument): caps[code] × count (count defaults to 1);
 *  - tiers (constants.tiers): the largest tier award, or their sum when mode = SUM;
 *  - a fixed amount (constants.amount) × count;
 *  - a shared annual / cumulative cap with `received_to_date`: the room left, max(0, cap − received);
 *  - a per-project cap (constants.cap), or the `cap` argument when the user overrides it.
 */
import type { Args, ClauseFunction, NamedArgs } from "../../src/catalog/types";
import { namedArgs } from "../../src/engine/validate";

type Bound = (args: NamedArgs, c: Record<string, unknown>) => number;

const n = (v: unknown, dflt = 0): number => (typeof v === "number" ? v : dflt);

/** Ceilings that depend on the inputs in a clause-specific way (each still built from constants). */
export const BY_HAND: Record<string, Bound> = {
  // In-kind value of free office space: area and months are each capped, the rent is the user's market rent.
  HZ_FREE_OFFICE_VALUE: (a, c) =>
    Math.min(n(a.area_m2), n(c.maxArea)) *
    Math.min(n(a.months), n(c.maxMonths)) *
    n(a.monthly_rent_per_m2),
  // Rate-unspecified (Q-R) R&D subsidy: rate × R&D (its increment under INCREMENT), at most the cap when given.
  HZ_RD_SUBSIDY: (a) =>
    Math.min(n(a.rd_current_year) * n(a.rate), a.cap === undefined ? Infinity : n(a.cap)),
  // No rate and no cap in the text: rate × investment, at most the cap when given.
  HLJ_SCENARIO_SUBSIDY: (a) =>
    Math.min(n(a.scenario_investment) * n(a.rate), a.cap === undefined ? Infinity : n(a.cap)),
  // First-loan interest: principal × rate × months within the term ÷ 12, at most the cost paid when given.
  BJ_FIRST_LOAN_SUBSIDY: (a, c) =>
    Math.min(
      (n(a.loan_amount) * n(c.rate) * Math.min(n(a.months, n(c.maxMonths)), n(c.maxMonths))) /
        n(c.monthsPerYear),
      a.actual_cost_paid === undefined ? Infinity : n(a.actual_cost_paid)
    ),
  // The annual cap floats up by `uplift` (「可按照一定比例上浮」), shared with earlier receipts.
  HLJAI_MODEL_VOUCHER: (a, c) =>
    Math.max(0, n(c.annualCap) * (1 + n(a.uplift)) - n(a.received_to_date)),
  // One fixed award when both years pass the threshold.
  HZ_CHAIN_ENTRY_AWARD: (_a, c) => n(c.award),
};

const codeArgFor = (
  fn: ClauseFunction,
  caps: Record<string, number>,
  args: NamedArgs
): string | undefined => {
  for (const p of fn.params) {
    if (p.kind !== "code") continue;
    const v = args[p.name];
    if (typeof v === "string" && (p.codes ?? []).some((c) => c.value in caps)) return v;
  }
  return undefined;
};

const countOf = (fn: ClauseFunction, args: NamedArgs): number => {
  const p = fn.params.find((q) => q.kind === "count");
  return p ? n(args[p.name], 1) : 1;
};

/** The ceiling of the award for these validated arguments, or undefined when no rule applies. */
export function upperBound(fn: ClauseFunction, validated: Args): number | undefined {
  const args = namedArgs(fn.params, validated);
  const c = fn.constants as Record<string, unknown>;
  const hand = BY_HAND[fn.name];
  if (hand) return hand(args, c);
  const received = fn.params.some((p) => p.name === "received_to_date")
    ? n(args.received_to_date)
    : undefined;

  if (c.caps && typeof c.caps === "object") {
    const caps = c.caps as Record<string, number>;
    const code = codeArgFor(fn, caps, args);
    return (
      (code !== undefined ? (caps[code] ?? 0) : Math.max(...Object.values(caps))) *
      countOf(fn, args)
    );
  }
  if (Array.isArray(c.tiers)) {
    const awards = (c.tiers as { award: number }[]).map((t) => t.award);
    return args.mode === "SUM" ? awards.reduce((s, x) => s + x, 0) : Math.max(...awards);
  }
  if (typeof c.amount === "number") return c.amount * countOf(fn, args);
  const roomCap = [c.annualCap, c.cumulativeCap, c.cap].find((x) => typeof x === "number") as
    number | undefined;
  if (received !== undefined && roomCap !== undefined) return Math.max(0, roomCap - received);
  if (fn.params.some((p) => p.name === "cap") && typeof args.cap === "number") return args.cap;
  if (typeof c.cap === "number") return c.cap;
  return undefined;
}

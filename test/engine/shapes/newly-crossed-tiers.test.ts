import { newlyCrossedTiers } from "../../../src/engine/shapes/newly-crossed-tiers";
import type { TierConstants } from "../../../src/engine/shapes";
import { clauses } from "../../../src";
import { award, label, labels, runShape } from "./run-shape";

describe("newlyCrossedTiers: one-time awards for the tiers crossed for the first time", () => {
  // 「首次超过100万、200万、300万的，分别给予10万、30万、60万」 (made up).
  const tiers = [
    { threshold: 1_000_000, award: 100_000 },
    { threshold: 2_000_000, award: 300_000 },
    { threshold: 3_000_000, award: 600_000 },
  ];
  const above = { tiers, op: ">" as const };
  const atLeast = { tiers, op: ">=" as const };
  const shape = newlyCrossedTiers({
    valueParam: "revenue",
    valueLabel: label("Revenue"),
    priorParam: "prior_max",
    priorLabel: label("Highest earlier revenue"),
    modeParam: "mode",
  });
  const args = (revenue: number, prior: number | undefined, mode = "HIGHEST") => ({
    revenue,
    prior_max: prior,
    mode,
  });

  it("「超过」 excludes the number: 1,000,000 is not above 1,000,000 → no tier, 0", () => {
    const { award: a, steps } = runShape(shape, args(1_000_000, 0), above);
    expect(a).toBe(0);
    expect(labels(steps)).toContain("No tier newly crossed");
  });

  it("just above the first tier: 1,000,000.01 > 1,000,000 → 100,000", () => {
    expect(award(shape, args(1_000_000.01, 0), above)).toBe(100_000);
  });

  it("「达」 includes the number: 1,000,000 ≥ 1,000,000 → 100,000", () => {
    expect(award(shape, args(1_000_000, 0), atLeast)).toBe(100_000);
  });

  describe("two tiers newly crossed (2,500,000 from nothing: tiers 1 and 2)", () => {
    it("HIGHEST: max(100,000, 300,000) = 300,000", () => {
      expect(award(shape, args(2_500_000, 0), above)).toBe(300_000);
    });
    it("SUM: 100,000 + 300,000 = 400,000", () => {
      expect(award(shape, args(2_500_000, 0, "SUM"), above)).toBe(400_000);
    });
    it("TOP_UP with nothing passed before: 300,000 − 0 = 300,000", () => {
      expect(award(shape, args(2_500_000, 0, "TOP_UP"), above)).toBe(300_000);
    });
    it("the earlier value omitted counts as 0: 300,000", () => {
      expect(award(shape, args(2_500_000, undefined), above)).toBe(300_000);
    });
  });

  describe("from 1,500,000 before to 3,500,000 now (tier 1 passed before; tiers 2 and 3 new)", () => {
    it("HIGHEST: max(300,000, 600,000) = 600,000", () => {
      expect(award(shape, args(3_500_000, 1_500_000), above)).toBe(600_000);
    });
    it("SUM: 300,000 + 600,000 = 900,000", () => {
      expect(award(shape, args(3_500_000, 1_500_000, "SUM"), above)).toBe(900_000);
    });
    it("TOP_UP: 600,000 less tier 1's 100,000 taken as claimed = 500,000", () => {
      expect(award(shape, args(3_500_000, 1_500_000, "TOP_UP"), above)).toBe(500_000);
    });
  });

  it("「达」 and an earlier value exactly at tier 1: it was passed then, TOP_UP 300,000 − 100,000 = 200,000", () => {
    expect(award(shape, args(2_000_000, 1_000_000, "TOP_UP"), atLeast)).toBe(200_000);
  });

  it("nothing new above the earlier value: 2,500,000 after 2,500,000 → 0", () => {
    expect(award(shape, args(2_500_000, 2_500_000, "SUM"), above)).toBe(0);
  });

  it("labels the tiers from the constants and the wording (超过 / 达到)", () => {
    const { steps } = runShape(shape, args(2_500_000, 0), above);
    expect(labels(steps)).toContain("Revenue > 1,000,000");
    expect(labels(steps)).toContain("Tier 2,000,000 newly crossed");
    expect(steps.map((s) => s.label.zh)).toContain("Revenue超过100万元");
    const inclusive = runShape(shape, args(2_500_000, 0), atLeast).steps;
    expect(inclusive.map((s) => s.label.zh)).toContain("Highest earlier revenue达到300万元");
  });
});

describe("every tier table of the catalog ascends (the fast path counts the tiers a value passes as a prefix)", () => {
  // Each record whose constants hold `tiers` (TierConstants): strictly ascending thresholds.
  const tables = clauses.flatMap((c) => {
    const tiers = (c.fn?.constants as { tiers?: TierConstants["tiers"] } | undefined)?.tiers;
    return tiers ? [{ id: c.id, thresholds: tiers.map((t) => t.threshold) }] : [];
  });
  it("there is at least one (HLJ-ROBOT-09's 10M, 50M, 100M, 300M)", () =>
    expect(tables.map((t) => t.id)).toContain("HLJ-ROBOT-09"));
  it.each(tables)("$id", ({ thresholds }) =>
    thresholds.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(thresholds[i]))
  );
});

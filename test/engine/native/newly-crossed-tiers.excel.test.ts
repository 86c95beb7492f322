import { newlyCrossedTiersExcel } from "../../../src/engine/shapes/newly-crossed-tiers.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("newlyCrossedTiersExcel", () => {
  // Made up: 「首次超过10、20的，分别给予1、3」 — tiers above 10 → 1, above 20 → 3 (超过: strict).
  const twin = newlyCrossedTiersExcel({
    valueParam: "revenue",
    valueLabel: label,
    priorParam: "prior",
    priorLabel: label,
    modeParam: "mode",
  });
  const params = [
    param.amount("revenue"),
    param.amount("prior", {}),
    param.code("mode", [["HIGHEST"], ["SUM"], ["TOP_UP"]], { default: "HIGHEST" }),
  ];
  const tiers = {
    tiers: [
      { threshold: 10, award: 1 },
      { threshold: 20, award: 3 },
    ],
    op: ">" as const,
  };
  const e = madeUp(twin, params, tiers);

  it("a tier is newly crossed when this value passes it and the prior value does not", () => {
    expect(e.text).toContain('AND(A1>20,NOT(IF(B1="",0,B1)>20))');
    expect(e.text).toContain('AND(A1>10,NOT(IF(B1="",0,B1)>10))');
  });
  it.each([
    [25, 15, null, 3], // a blank mode: HIGHEST
    [25, null, "HIGHEST", 3], // both newly crossed: the top one, 3
    [25, null, "SUM", 4], // 1 + 3
    [25, null, "TOP_UP", 3], // 3 − nothing passed before
    [25, 15, "HIGHEST", 3], // only 20 newly crossed
    [25, 15, "SUM", 3],
    [25, 15, "top_up", 2], // 3 − 1 (the tier 15 already passed)
    [20, 5, "HIGHEST", 1], // 20 does not pass 20 (超过): only the 10 tier
    [10, null, "SUM", 0], // 10 passes nothing
  ])("revenue %p, prior %p, mode %p → %p", (rev, prior, mode, award) =>
    expect(evaluate(e, [rev, prior, mode])).toBe(award)
  );
});

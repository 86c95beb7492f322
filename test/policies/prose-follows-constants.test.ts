/**
 * Prose follows the constants (issue 12): for every clause whose prose is a template (its `<ID>.text.ts`
 * and its summary over the constants), alter every amount constant and re-read the prose: no sentence may
 * still write an old amount, and each amount the prose wrote now reads as its altered value. A figure typed
 * into a sentence instead of read from `c.<constant>` fails here even when it equals the constant. (A
 * sentence citing another clause reads that record's constants, which this test leaves as they are; a
 * cited figure equal to one of this clause's own would need an exemption here — none does today.)
 */
import { clauses } from "../../src";
import { amountsIn, numbersOf, proseOf } from "../../src/catalog/health";
import type { Clause, DocumentedClause } from "../../src/catalog/types";
import { clauses as runtimeClauses } from "../../src/policies";
import { documented } from "../../src/policies/texts";

/**
 * Every amount (≥ 10,000) moved by 130,000 yuan: a whole 13万, so the 万元 forms (which keep two decimals of
 * 万) still show it exactly, and a figure no policy sentence of these documents is 13万 away from.
 */
const SHIFT = 130_000;
function shifted(value: unknown): unknown {
  if (typeof value === "number") return value >= 10_000 ? value + SHIFT : value;
  if (Array.isArray(value)) return value.map(shifted);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shifted(v)]));
  return value;
}

const templated = runtimeClauses.filter(
  (c): c is Clause & Required<Pick<Clause, "fn" | "summaryOf">> =>
    !!c.fn && !!c.summaryOf && documented.texts.has(c.fn.name)
);

/** The clause's documented record re-made from altered constants (what the pane would show). */
function reDocumented(
  c: (typeof templated)[number],
  constants: Record<string, unknown>
): DocumentedClause {
  const text = documented.texts.get(c.fn.name)!.of(constants);
  const base = clauses.find((d) => d.id === c.id)!;
  return {
    ...base,
    summary: c.summaryOf(constants),
    fn: {
      ...base.fn!,
      constants,
      description: text.description,
      formula: text.formula,
      ambiguities: text.ambiguities,
      params: base.fn!.params.map((p) => ({ ...p, description: text.params[p.name] })),
    },
  };
}

describe("every templated clause's prose follows its constants", () => {
  it("covers the migrated clauses", () => expect(templated.length).toBeGreaterThan(0));

  it.each(templated.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const own = new Set(numbersOf(c.fn.constants).filter((n) => n >= 10_000));
    const before = proseOf(reDocumented(c, c.fn.constants));
    const after = proseOf(reDocumented(c, shifted(c.fn.constants) as Record<string, unknown>));
    const stale: string[] = [];
    after.forEach(({ where, text }, i) => {
      for (const n of amountsIn(text)) if (own.has(n)) stale.push(`${where}: ${n}`);
      for (const n of amountsIn(before[i].text))
        if (own.has(n) && !amountsIn(text).includes(n + SHIFT))
          stale.push(`${where}: ${n} did not follow`);
    });
    expect(stale).toEqual([]);
  });
});

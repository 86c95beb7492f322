/**
 * fast-check generators of VALID arguments for any clause function, derived from its ParamSpec (kind,
 * required, max, min, codes) and its constants: amounts are drawn around every number the clause states
 * (each threshold, cap and tier, ± a fen, doubled, divided by each rate) as well as across the whole
 * range, so every branch of every cap and threshold is crossed. Nothing here names a particular clause.
 */
import fc from "fast-check";
import type { ClauseFunction, ParamSpec } from "../../src/catalog/types";

/** Every finite number in a clause's constants (deep). */
export function constantNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number" && Number.isFinite(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => constantNumbers(v, out));
  else if (value && typeof value === "object")
    Object.values(value).forEach((v) => constantNumbers(v, out));
  return out;
}

/** Amounts near the clause's own numbers: c, c ± 0.01, 2c, c / r for each rate-like r. */
function landmarks(fn: ClauseFunction): number[] {
  const nums = constantNumbers(fn.constants);
  const rates = nums.filter((n) => n > 0 && n < 1);
  const out = new Set<number>([0, 0.01, 1]);
  for (const c of nums.filter((n) => n >= 1)) {
    for (const v of [c, c - 0.01, c + 0.01, c * 2, c / 2])
      if (v >= 0) out.add(Math.round(v * 100) / 100);
    for (const r of rates) out.add(Math.round((c / r) * 100) / 100);
  }
  return [...out];
}

const fenAmount = (max: number) =>
  fc.integer({ min: 0, max: Math.round(max * 100) }).map((f) => f / 100);

/** A non-negative amount in yuan, from a fen to 10^11 (and the clause's landmarks). */
export function amountArb(fn: ClauseFunction): fc.Arbitrary<number> {
  const marks = landmarks(fn);
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...marks) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000_000 }) },
    { weight: 2, arbitrary: fenAmount(10_000_000) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1e11, noNaN: true }) }
  );
}

function quantityArb(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: 0, max: 5_000 }),
    fc.double({ min: 0, max: 5_000, noNaN: true })
  );
}

function rateArb(p: ParamSpec): fc.Arbitrary<number> {
  const max = p.max ?? 1;
  return fc.oneof(
    fc.constantFrom(0, max, max / 2),
    fc.double({ min: 0, max, noNaN: true }),
    fc.integer({ min: 0, max: Math.floor(max * 1000) }).map((k) => k / 1000)
  );
}

/** One valid argument for a parameter, as Excel passes it. */
export function paramArb(fn: ClauseFunction, p: ParamSpec): fc.Arbitrary<unknown> {
  switch (p.kind) {
    case "amount":
      return amountArb(fn);
    case "quantity":
      return quantityArb();
    case "rate":
      return rateArb(p);
    case "count":
      return fc.integer({ min: p.min ?? 0, max: 20 });
    case "yearIndex":
      return fc.integer({ min: 1, max: 8 });
    case "code": {
      const spellings = (p.codes ?? []).flatMap((c) => [
        c.value,
        c.value.toLowerCase(),
        ` ${c.value} `,
        ...c.aliases,
      ]);
      return fc.constantFrom(...spellings);
    }
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom(0, 1));
    case "amounts":
      // A column range, blank cells (null, "") included.
      return fc
        .array(
          fc.oneof(
            { weight: 6, arbitrary: amountArb(fn) },
            { weight: 1, arbitrary: fc.constantFrom(null, "") }
          ),
          { maxLength: 6 }
        )
        .map((cells) => cells.map((c) => [c]));
  }
}

/** A full valid argument list in parameter order; an optional parameter is omitted a quarter of the time. */
export function argsArb(fn: ClauseFunction): fc.Arbitrary<unknown[]> {
  return fc.tuple(
    ...fn.params.map((p) =>
      p.required ? paramArb(fn, p) : fc.option(paramArb(fn, p), { nil: undefined, freq: 4 })
    )
  );
}

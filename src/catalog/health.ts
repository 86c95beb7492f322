/**
 * Health rules over the catalog (DESIGN.md "one source of truth per clause"), run as a test
 * (test/catalog/health.test.ts). Each rule takes the records it judges and returns its problems as
 * sentences naming the clause and the place; an empty list is healthy. The rules read records only, so
 * nothing here imports the registry (catalog/ sits below policies/).
 */
import type { DocumentedClause, DocumentedFunction, Text } from "./types";

/** 1万元 and 1亿元: units, not policy numbers, so a sentence may explain them. */
const UNITS = [10_000, 100_000_000];
/** The smallest figure the prose rule treats as an amount (spec: amounts of 10,000 yuan and more). */
const AMOUNT_FLOOR = 10_000;

/** Text outside 「…」: inside, the policy's own words are quoted verbatim, numbers and all. */
export const outsideQuotes = (s: string): string => s.replace(/「[^」]*」/g, " ");

/**
 * The amounts (≥ 10,000) a sentence writes: grouped or plain digits (10,000,000 / 500000) and the
 * Chinese 万 / 亿 forms (1000万元, 1.5亿元).
 */
export function amountsIn(sentence: string): number[] {
  const s = outsideQuotes(sentence);
  const out: number[] = [];
  const chinese = /(\d+(?:\.\d+)?)\s*(万|亿)/g;
  for (const m of s.matchAll(chinese))
    out.push(Math.round(parseFloat(m[1]) * (m[2] === "万" ? 1e4 : 1e8) * 100) / 100);
  const rest = s.replace(chinese, " ");
  for (const m of rest.matchAll(
    /(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d{5,}(?:\.\d+)?/g
  ))
    out.push(parseFloat(m[0].replace(/,/g, "")));
  return out.filter((n) => n >= AMOUNT_FLOOR);
}

/** Every number inside a constants record (tiers and lists included). */
export function numbersOf(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersOf);
  return [];
}

/** Every prose string of a clause, with where it sits (examples are hand-computed vectors, not prose). */
export function proseOf(c: DocumentedClause): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const both = (where: string, t: Text | undefined) => {
    if (t) out.push({ where: `${where}.en`, text: t.en }, { where: `${where}.zh`, text: t.zh });
  };
  both("summary", c.summary);
  const fn = c.fn;
  if (!fn) return out;
  both("description", fn.description);
  both("formula", fn.formula);
  for (const p of fn.params) both(`param ${p.name}`, p.description);
  (fn.ambiguities ?? []).forEach((a, i) => {
    for (const key of ["issue", "chosen", "alternative"] as const)
      both(`ambiguity ${i + 1} ${key}`, a[key]);
  });
  return out;
}

const defaultsOf = (fn: DocumentedFunction): number[] =>
  fn.params.flatMap((p) => (typeof p.default === "number" ? [p.default] : []));

/**
 * An amount in prose must be a number the records hold: a constant (of this clause, or of another it
 * cites), a figure a clause without a function names (`Clause.figures`), a parameter default, a unit, or an
 * amount its text declares it derives (`ClauseText.derivedAmounts`). Whether it is *written from* the constant rather than typed is
 * the other half: test/policies/prose-follows-constants.test.ts alters the constants and re-reads the prose.
 */
export function amountsNotInRecords(clauses: readonly DocumentedClause[]): string[] {
  const known = new Set<number>([
    ...UNITS,
    ...clauses.flatMap((c) => [
      ...numbersOf(c.figures),
      ...(c.fn
        ? [...numbersOf(c.fn.constants), ...defaultsOf(c.fn), ...(c.fn.derivedAmounts ?? [])]
        : []),
    ]),
  ]);
  const problems: string[] = [];
  for (const c of clauses)
    for (const { where, text } of proseOf(c))
      for (const n of amountsIn(text))
        if (!known.has(n))
          problems.push(
            `${c.id} ${where}: ${n} is not a constant, a default, a unit or in the text's \`derivedAmounts\``
          );
  return problems;
}

/** A received-to-date parameter must declare its cap's scope (annual or cumulative) in its role. */
export function receivedWithoutScope(clauses: readonly DocumentedClause[]): string[] {
  return clauses.flatMap((c) =>
    (c.fn?.params ?? [])
      .filter((p) => p.name === "received_to_date" && p.role?.kind !== "received")
      .map(
        (p) => `${c.id} ${p.name}: no role { kind: "received", scope } declaring its cap's scope`
      )
  );
}

/** What an overlap group names: its members' clause ids and functions, and the documents whose rule it rests on. */
export interface GroupCitation {
  id: string;
  members: readonly { clauseId: string; fn: string }[];
  ruleDocuments: readonly string[];
}

/** Every overlap-group member and rule must name an existing clause (with that function) or document. */
export function groupsNamingMissing(
  groups: readonly GroupCitation[],
  clauses: readonly DocumentedClause[],
  documentIds: readonly string[]
): string[] {
  const fnOf = new Map(clauses.map((c) => [c.id, c.fn?.name]));
  const problems: string[] = [];
  for (const g of groups) {
    for (const m of g.members) {
      if (!fnOf.has(m.clauseId)) problems.push(`group ${g.id}: no clause ${m.clauseId}`);
      else if (fnOf.get(m.clauseId) !== m.fn)
        problems.push(`group ${g.id}: ${m.clauseId}'s function is not ${m.fn}`);
    }
    for (const d of g.ruleDocuments)
      if (!documentIds.includes(d)) problems.push(`group ${g.id}: no document ${d}`);
  }
  return problems;
}

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** The ways a policy text writes a number: digits, 万/亿, a percentage, a Chinese numeral. */
export function renderingsOf(n: number): string[] {
  const trim = (x: number) => String(parseFloat(x.toPrecision(12)));
  const out = [trim(n), n.toLocaleString("en-US")];
  if (n >= 10_000) out.push(`${trim(n / 1e4)}万`);
  if (n >= 100_000_000) out.push(`${trim(n / 1e8)}亿`);
  if (n > 0 && n < 1) out.push(`${trim(n * 100)}%`);
  out.push(...Object.keys(CHINESE_DIGITS).filter((k) => CHINESE_DIGITS[k] === n));
  return out;
}

/**
 * Every numeric constant must appear in the clause's quotes (or context), as the text writes it, unless
 * the record declares in `derivedConstants` which words of the text it derives from (e.g. 「上浮50%」 → × 1.5).
 */
export function constantsNotInQuote(clauses: readonly DocumentedClause[]): string[] {
  const problems: string[] = [];
  for (const c of clauses) {
    if (!c.fn) continue;
    // Some texts space a number from its unit (「最高 3000 万元」).
    const source = [...c.quotes, ...(c.context ?? [])].join("").replace(/\s+/g, "");
    const derived: Record<string, string | undefined> = c.fn.derivedConstants ?? {};
    for (const [key, value] of Object.entries(c.fn.constants)) {
      if (derived[key]) continue;
      for (const n of numbersOf(value))
        if (n !== 0 && !renderingsOf(n).some((r) => source.includes(r)))
          problems.push(
            `${c.id} constants.${key}: ${n} is not in the quote and declares no derivation`
          );
    }
  }
  return problems;
}

/**
 * The shape of the catalog: documents, clauses and the clause functions. One record per clause is the
 * single source of truth (DESIGN.md): the engine, the Excel registration, functions.json, the task pane
 * and the generated docs all read these records. A policy number (rate, cap, threshold) lives only in a
 * clause function's `constants`.
 */
import type { Calc, Num } from "../engine/calc";

/** A text in both languages of the product. */
export interface Text {
  en: string;
  zh: string;
}

/**
 * A document id as the catalog types see it. The union of the shipped ids (`DocumentId` in
 * src/policies/index.ts) is derived from the one list of documents; the types here stay open so that
 * nothing below policies/ needs to know which documents exist.
 */
export type DocId = string;

/** How a date in the register is known (spec §3): quoted from the text, inferred, or not known at all. */
export type DateCertainty = "stated" | "inferred" | "unknown";

export interface RegisterDate {
  /** ISO date, absent when unknown. */
  date?: string;
  certainty: DateCertainty;
  /** The words of the text the date rests on, or why it is inferred / unknown. */
  basis: string;
}

/** Where a company is (the scenario builder's first question): the documents of that place can apply. */
export interface ScenarioLocation {
  /** Upper-case code, e.g. "HEILONGJIANG"; every document of the place names the same record. */
  code: string;
  /** How the pane's picker and the scenario sheet name it. */
  label: Text;
}

/** A sector a company works in: ticking it ticks the clauses of the documents that name it. */
export interface ScenarioSector {
  /** Upper-case code, e.g. "ROBOTS". */
  code: string;
  /** The pane's check box. */
  label: Text;
  /** The scenario sheet's profile row, inside a list (lower case in English). */
  inList: Text;
}

/**
 * What IN_FORCE decides on top of the register dates (spec §3.6): the register's effective and expiry
 * dates are the window unless one of these says otherwise.
 */
export interface ValidityRule {
  /** Last day treated as in force when the register states no expiry (inclusive). */
  assumedTo?: string;
  /** After the last day: FALSE (a stated expiry, the default) or #N/A with this message (no term stated). */
  afterTo?: { unknown: string };
  /** The whole window is unknown: #N/A with this message for every date. */
  unknown?: string;
  /** Why: the spec's words. */
  basis: string;
}

export interface PolicyDocument {
  id: DocId;
  title: Text;
  issuer: Text;
  /** Document number as printed (文号), when there is one. */
  number?: string;
  issued: RegisterDate;
  effective: RegisterDate;
  expiry: RegisterDate;
  status: "final" | "draft";
  /** The stacking rule, verbatim; absent when the text states none. */
  stackingRule?: string;
  /** Region used by the task pane filter. */
  region: Text;
  /** File name of the shipped source text under src/policies/<folder>/source.txt. */
  sourceFolder: string;
  notes?: Text;
  /** IN_FORCE's window: the register dates plus the exceptions spec §3.6 decides. */
  validity: ValidityRule;
  /** Where the document applies (scenario builder). */
  location: ScenarioLocation;
  /** The sectors whose companies it serves: they tick its clauses by default (scenario builder). */
  sectors: readonly ScenarioSector[];
}

/** Spec §4 type codes. */
export type ClauseType = "Q" | "Q-R" | "Q-X" | "Q-K" | "N" | "N-$";

export type Category =
  | "R&D"
  | "innovation-platform"
  | "key-tech"
  | "pilot-platform"
  | "industrialization"
  | "land-space"
  | "investment"
  | "digital-factory"
  | "revenue-milestone"
  | "scenario"
  | "launch-event"
  | "first-set"
  | "data"
  | "compute"
  | "model"
  | "loan-interest"
  | "leasing"
  | "standards"
  | "ip"
  | "talent"
  | "listing-finance"
  | "other";

export interface Clause {
  /** Catalog id, e.g. "HLJ-ROBOT-01" or "HLJ-ROBOT-02a". */
  id: string;
  document: DocId;
  /** The measure's number exactly as the document writes it, e.g. "二（一）1". */
  numberAsWritten: string;
  category: Category;
  /** Free text qualifying the category where the spec does, e.g. "supply-chain procurement". */
  categoryNote?: string;
  type: ClauseType;
  /** Verbatim fragments of the source text (each checked against source.txt by a test). */
  quotes: string[];
  /** Further verbatim context that is not an award (non-monetary sentences of the same measure). */
  context?: string[];
  summary: Text;
  /** A quantitative clause's summary as a function of its constants (policies/builders/clause.ts). */
  summaryOf?(constants: Record<string, unknown>): Text;
  /** The measure's 责任单位 line, or "none stated". */
  departments: string;
  /** The clause function, for quantitative rows. */
  fn?: ClauseFunction;
  /**
   * The figures a clause without a function states or cites (an eligibility threshold, another scheme's
   * cap), each named once: its summary is written from them and the health check accepts them.
   */
  figures?: Readonly<Record<string, number>>;
  /** How often the award is paid across the years of a scenario (spec Revision 2); every row with `fn` declares it. */
  oneTime?: OneTime;
}

/**
 * How a clause pays across years (spec Revision 2, "Scenarios and stacking"):
 *  - "row": paid once, in the first year whose counted amount is > 0, 0 after (一次性, and every per-project
 *    award without phasing: the project's figure belongs to the year it is claimed);
 *  - "code": once per value of the code parameter `param` (e.g. once per honour);
 *  - "units": the count parameter `param` is the number newly recognised that year (blank = 0);
 *  - "tiers": already once by construction (tiers newly crossed, via an earlier maximum);
 *  - "ranges": already once by construction (each year's range holds that year's new items);
 *  - "phases": already once by construction (one project in tranches: paid_in_prior deducts earlier years);
 *  - "annual": paid each year the facts of that year qualify.
 */
export type OneTimeKind = "row" | "code" | "units" | "tiers" | "ranges" | "phases" | "annual";

export interface OneTime {
  kind: OneTimeKind;
  /** The fragment of the clause's verbatim quote that makes it so (a test checks it is in `quotes`). */
  because: string;
  /** The code parameter ("code") or the count parameter ("units"). */
  param?: string;
}

export type ParamKind =
  | "amount" // yuan, finite, >= 0, <= MAX_AMOUNT
  | "quantity" // m², months, years: finite, >= 0
  | "rate" // ratio in [0, 1], optionally at most `max`
  | "count" // whole number >= `min` (default 0)
  | "yearIndex" // whole number >= 1
  | "code" // one of `codes`, trimmed and case-insensitive, Chinese aliases accepted
  | "boolean" // TRUE/FALSE or 1/0
  | "amounts"; // a range of amounts; blanks skipped

export type Unit =
  "yuan" | "ratio" | "count" | "m2" | "months" | "years" | "yuan/m2/month" | "code" | "boolean";

export interface CodeOption {
  /** Canonical English code, upper case. */
  value: string;
  /** Chinese (or other) spellings accepted for it. */
  aliases: string[];
  label: Text;
}

/**
 * What a parameter is to the scenario sheet's cross-year wiring and to the property tests (DESIGN.md):
 *  - received: an amount already received toward the cap, in the cap's scope (annual: the same year;
 *    cumulative: the policy term) — the sheet sums earlier years' awards into it;
 *  - paid: what an earlier year already paid of the same project (phased awards);
 *  - yearIndex: which subsidy year (1, 2 …), counted from a start year;
 *  - previous: last year's value of the parameter `of` (e.g. R&D of the year before);
 *  - maxBefore: the highest earlier value of `of` (tiers newly crossed);
 *  - request: the amount applied for, up to the cap (blank = the maximum);
 *  - base: the amount the award grows with (the property tests' monotone argument).
 */
export type ParamRole =
  | { kind: "received"; scope: "annual" | "cumulative" }
  | { kind: "paid" }
  | { kind: "yearIndex" }
  | { kind: "previous"; of: string }
  | { kind: "maxBefore"; of: string }
  | { kind: "request" }
  | { kind: "base" };

export interface ParamSpec<N extends string = string> {
  name: N;
  /**
   * A short name in words (2–12 characters in Chinese, no digits): the zh-CN functions.json shows it as the
   * parameter's name, since Excel on the web shows only names while typing.
   */
  label: Text;
  kind: ParamKind;
  unit: Unit;
  required: boolean;
  /** A literal default for an optional parameter. Absent on an optional one means "none", or a default the formula derives (say so in `description`). */
  default?: number | string | boolean;
  /** Policy maximum of a rate (「不超过/不高于 r」): above it → #NUM!. */
  max?: number;
  /** Smallest accepted count (default 0). */
  min?: number;
  codes?: CodeOption[];
  /**
   * The default is a cap the text sets only 「原则上」 (in principle; spec Revision 2): a larger value is an
   * approved exception, computed as given. The scenario sheet's note on the input says so.
   */
  inPrinciple?: true;
  role?: ParamRole;
}

/** A parameter with its help text (from the clause's `<ID>.text.ts`): what functions.json, the pane and the docs show. */
export interface DocumentedParam extends ParamSpec {
  description: Text;
}

/** A validated argument: numbers, a canonical code, a boolean, a list of amounts, or undefined when an optional argument was omitted without a literal default. */
export type ArgValue = number | string | boolean | number[] | undefined;
export type Args = Record<string, ArgValue>;

export interface Example {
  /** Arguments as Excel would pass them, in parameter order (undefined = omitted; arrays = ranges). */
  args: unknown[];
  /** Expected award, or the error code. */
  expect: number | "#VALUE!" | "#NUM!";
  /** The arithmetic from the policy text (spec §5), so the expected value is never taken from the code. */
  arithmetic: string;
  /** Which branch it exercises: "cap", "below threshold", … */
  note?: string;
}

export interface Ambiguity {
  issue: string;
  chosen: string;
  alternative?: string;
  /**
   * When a code argument selects between readings (spec Revision 2: "alternative readings beside the
   * chosen one"): that argument's name; its codes that are readings are the function's `readings` entry.
   */
  reading?: string;
}

/**
 * A code argument that selects between readings and the codes that are readings (runtime: EXPLAIN and the
 * calculator evaluate the same function with each other value in place of the one in effect).
 */
export interface Reading {
  param: string;
  values: readonly string[];
}

/**
 * A clause function as the functions runtime needs it: what it computes or returns. Its prose (description,
 * formula in words, parameter help, ambiguities, worked examples) lives in the clause's `<ID>.text.ts`
 * (`ClauseText`), which only the pane, the docs and the build import; `DocumentedFunction` is the two
 * joined (src/policies/texts.ts).
 */
export interface ClauseFunction<
  C extends Record<string, unknown> = Record<string, unknown>,
  N extends string = string,
> {
  /** Excel name without the namespace, e.g. "HLJ_RD_SUBSIDY". */
  name: string;
  params: readonly ParamSpec<N>[];
  /** Every policy number the formula uses: rates, caps, thresholds, tiers. */
  constants: C;
  /**
   * Computes the award (before the final floor and rounding, which the engine does once).
   * Declared as a method so a record with its own constants type is a ClauseFunction too.
   */
  compute(args: Args, constants: C, calc: Calc): Num;
  /**
   * What the award rests on that the steps cannot show, said in words (spec Revision 2): a 「原则上」 cap
   * overridden above the text's figure, a cap the text does not state. Read from the validated arguments
   * and the constants, so every number in it is one of theirs. EXPLAIN and the calculator show it.
   */
  remarks?(args: Args, constants: C): Text[];
  /**
   * Constants the text does not write as such, each with the words it derives from (「上浮50%」 for an
   * uplift of 1.5): the health check accepts these instead of finding the number in the quote.
   */
  derivedConstants?: Partial<Record<keyof C & string, string>>;
  /** Code arguments that select between readings: EXPLAIN and the calculator show the award under each other value. */
  readings?: readonly Reading[];
  /** True for in-kind values (not cash): STACK counts them as 0. */
  inKind?: boolean;
  /** "Up to" award whose `requested` defaults to the cap: scenario sheets label an omitted request "maximum". */
  upTo?: boolean;
}

/**
 * A clause's prose, as its `<ID>.text.ts` writes it: every string a template over the constants it is
 * given, so that changing a constant changes every sentence (a test evaluates it with altered constants).
 */
export interface ClauseText<N extends string = string> {
  /** First sentence ≤ 255 characters, standing alone (Excel's autocomplete shows one line). */
  description: Text;
  /** The formula in plain words, with its thresholds and caps. */
  formula: Text;
  /** Help for every parameter, by name. */
  params: Record<N, Text>;
  ambiguities?: Ambiguity[];
  examples: Example[];
  /**
   * Amounts the prose computes from the constants rather than states (cap ÷ rate: the investment at which
   * the cap binds), listed from the same constants so the health check accepts them.
   */
  derivedAmounts?: readonly number[];
}

/** What a `<ID>.text.ts` exports: the function it documents and its prose as a function of the constants. */
export interface TextEntry<C extends Record<string, unknown> = Record<string, unknown>> {
  /** The function's Excel name. */
  name: string;
  of(constants: C): ClauseText;
}

/** A clause function joined with its prose: what functions.json, the pane, the scenario sheets and the docs read. */
export interface DocumentedFunction<
  C extends Record<string, unknown> = Record<string, unknown>,
> extends Omit<ClauseFunction<C>, "params"> {
  params: readonly DocumentedParam[];
  description: Text;
  formula: Text;
  ambiguities?: Ambiguity[];
  examples: Example[];
  derivedAmounts?: readonly number[];
}

/** A clause whose function (if any) carries its prose. */
export interface DocumentedClause extends Omit<Clause, "fn"> {
  fn?: DocumentedFunction;
}

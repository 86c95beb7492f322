/** The register's side of the catalog: documents, their dates, validity, location and sectors. */

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

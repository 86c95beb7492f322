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

/** A register date as the functions runtime reads it (IN_FORCE, SUBSIDY.CLAUSE's effective and expiry). */
export interface RegisterDay {
  /** ISO date, absent when unknown. */
  date?: string;
}

/** How a register date is known: what the document's `document.text.ts` states beside the date. */
export interface DateBasis {
  certainty: DateCertainty;
  /** The words of the text the date rests on, or why it is inferred / unknown. */
  basis: string;
}

/** A register date with how it is known (the documented view). */
export interface RegisterDate extends RegisterDay, DateBasis {}

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

/**
 * A document as the functions runtime needs it: its id, title (SUBSIDY.CLAUSE returns the Chinese), status,
 * the register's effective and expiry dates, IN_FORCE's validity, the stacking rule the overlap groups cite
 * and the scenario location and sectors. Its register prose (issuer, number, issue date, how each date is
 * known, region, notes) is in its `document.text.ts` (`DocumentText`); `DocumentedDocument` is the two
 * joined (src/policies/documented.ts).
 */
export interface PolicyDocument {
  id: DocId;
  title: Text;
  effective: RegisterDay;
  expiry: RegisterDay;
  status: "final" | "draft";
  /** The stacking rule, verbatim; absent when the text states none. */
  stackingRule?: string;
  /** File name of the shipped source text under src/policies/<folder>/source.txt. */
  sourceFolder: string;
  /** IN_FORCE's window: the register dates plus the exceptions spec §3.6 decides. */
  validity: ValidityRule;
  /** Where the document applies (scenario builder). */
  location: ScenarioLocation;
  /** The sectors whose companies it serves: they tick its clauses by default (scenario builder). */
  sectors: readonly ScenarioSector[];
}

/** A document's register prose, the `document` its `document.text.ts` exports (pane and docs only). */
export interface DocumentText {
  id: DocId;
  issuer: Text;
  /** Document number as printed (文号), when there is one. */
  number?: string;
  issued: RegisterDate;
  /** How the record's effective and expiry dates are known. */
  effective: DateBasis;
  expiry: DateBasis;
  /** Region used by the task pane filter. */
  region: Text;
  notes?: Text;
}

/** A document with its register prose: what the pane, the docs and the build read. */
export interface DocumentedDocument
  extends Omit<PolicyDocument, "effective" | "expiry">, Omit<DocumentText, "effective" | "expiry"> {
  effective: RegisterDate;
  expiry: RegisterDate;
}

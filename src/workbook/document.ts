/**
 * The scenario document (docs/scenario-document.md): one versioned JSON record of a scenario — the
 * profile, every typed input keyed by (clause id, parameter, year, item), the item keys and apply flags,
 * optionally the defined names the sheet carries — with the add-in version and spec revision that wrote
 * it. `npm run export` turns one into an .xlsx with native formulas; the pane builds the same document
 * (workbook persistence will store it later).
 *
 * `parseScenarioDocument` checks everything, down to where each input lands on the generated sheet, and
 * throws an Error naming the bad field ("inputs[2].param: …"); `scenarioDocumentPlans` generates the
 * native scenario sheet (+ its audit where that is native too) with the inputs filled in.
 */
import { ADDIN_VERSION, SPEC_REVISION } from "./stamp";
import { generateAudit } from "./audit/sheet";
import { type PlanCell, type SheetPlan, isDefinedName } from "./plan";
import type { InputLayout, ScenarioSheet } from "./scenario/layout";
import { ITEM_ROWS } from "./scenario/layout";
import { type ScenarioProfile, checkProfile } from "./scenario/profile";
import { generateScenario } from "./scenario/sheet";
import { nameRef } from "./xlsx/write";

export const SCENARIO_FORMAT = "subsidy-scenario";
export const SCENARIO_DOCUMENT_VERSION = 1;
// The add-in version and spec revision a document is stamped with (every generated sheet states them too).
export { ADDIN_VERSION, SPEC_REVISION } from "./stamp";

export type InputValue = number | string | boolean;

/** One typed input cell: a parameter's value in a year (a range parameter: in one of its item rows). */
export interface ScenarioInput {
  clauseId: string;
  /** The parameter, or "start_year" (a loan's start year) or "claimed" (an annual "up to" award). */
  param: string;
  /** A model year, or the year before the first for the history column (and for start_year). */
  year: number;
  /** A range parameter's item row, 1 to ITEM_ROWS (its cells within one input). */
  item?: number;
  /**
   * Which of the clause's item rows (award rows, profile.itemRows) the input belongs to, 1 to that count;
   * default 1, so a version-1 document without item rows reads as before.
   */
  row?: number;
  value: InputValue;
}

export interface ScenarioDocument {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_DOCUMENT_VERSION;
  addinVersion: string;
  specRevision: number;
  profile: ScenarioProfile;
  inputs: ScenarioInput[];
  /** An award row's item key (stacking: rows with the same key are one item); `row` as in inputs. */
  itemKeys?: { clauseId: string; row?: number; value: string }[];
  /** A document's apply flag in a year (default: whether it is in force, or the sheet's assumption). */
  apply?: { document: string; year: number; value: boolean }[];
  /**
   * The scenario sheet's defined names, each the sheet-qualified A1 range it names, as the generator put
   * them: a reader without the add-in finds every input by name. When present they must match.
   */
  names?: Record<string, string>;
}

const TOP_FIELDS = [
  "format",
  "version",
  "addinVersion",
  "specRevision",
  "profile",
  "inputs",
  "itemKeys",
  "apply",
  "names",
];
const PROFILE_FIELDS = [
  "company",
  "location",
  "sectors",
  "firstYear",
  "lastYear",
  "clauses",
  "itemRows",
  "locale",
];

type Json = Record<string, unknown>;

const fail = (field: string, message: string): never => {
  throw new Error(`${field}: ${message}`);
};

function record(v: unknown, field: string, allowed: string[]): Json {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(field, "must be an object");
  const o = v as Json;
  for (const k of Object.keys(o))
    if (!allowed.includes(k)) fail(field, `unknown field "${k}" (allowed: ${allowed.join(", ")})`);
  return o;
}

function list(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) fail(field, "must be an array");
  return v as unknown[];
}

function text(v: unknown, field: string): string {
  if (typeof v !== "string") fail(field, "must be text");
  return v as string;
}

function whole(v: unknown, field: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) fail(field, "must be a whole number");
  return v as number;
}

function inputValue(v: unknown, field: string): InputValue {
  if (typeof v === "number" && !Number.isFinite(v)) fail(field, "must be a finite number");
  if (typeof v !== "number" && typeof v !== "string" && typeof v !== "boolean")
    fail(field, "must be a number, text or true/false (leave a blank input out)");
  return v as InputValue;
}

function parseProfile(v: unknown): ScenarioProfile {
  const o = record(v, "profile", PROFILE_FIELDS);
  const profile: ScenarioProfile = {
    company: text(o.company, "profile.company"),
    location: text(o.location, "profile.location") as ScenarioProfile["location"],
    sectors: list(o.sectors, "profile.sectors").map(
      (s, i) => text(s, `profile.sectors[${i}]`) as ScenarioProfile["sectors"][number]
    ),
    firstYear: whole(o.firstYear, "profile.firstYear"),
    lastYear: whole(o.lastYear, "profile.lastYear"),
    locale: text(o.locale, "profile.locale") as ScenarioProfile["locale"],
    ...(o.clauses !== undefined
      ? {
          clauses: list(o.clauses, "profile.clauses").map((c, i) =>
            text(c, `profile.clauses[${i}]`)
          ),
        }
      : {}),
    ...(o.itemRows !== undefined ? { itemRows: parseItemRows(o.itemRows) } : {}),
  };
  checkProfile(profile); // its messages name the profile field already
  return profile;
}

/** profile.itemRows: clause id → how many item rows (checkProfile and select check the counts and ids). */
function parseItemRows(v: unknown): Record<string, number> {
  const o = record(v, "profile.itemRows", Object.keys((v ?? {}) as Json));
  return Object.fromEntries(
    Object.entries(o).map(([id, n]) => [id, whole(n, `profile.itemRows.${id}`)])
  );
}

/** An optional item-row number (`row`), 1 or more. */
function itemRowOf(o: Json, field: string): { row?: number } {
  if (o.row === undefined) return {};
  const row = whole(o.row, `${field}.row`);
  if (row < 1) fail(`${field}.row`, "must be 1 or more (the clause's item row)");
  return { row };
}

function parseInput(v: unknown, field: string): ScenarioInput {
  const o = record(v, field, ["clauseId", "param", "year", "item", "row", "value"]);
  return {
    clauseId: text(o.clauseId, `${field}.clauseId`),
    param: text(o.param, `${field}.param`),
    year: whole(o.year, `${field}.year`),
    ...(o.item !== undefined ? { item: whole(o.item, `${field}.item`) } : {}),
    ...itemRowOf(o, field),
    value: inputValue(o.value, `${field}.value`),
  };
}

/** Checks the shape of a document (any parsed JSON) and where every input lands; throws naming the field. */
export function parseScenarioDocument(json: unknown): ScenarioDocument {
  const o = record(json, "document", TOP_FIELDS);
  if (o.format !== SCENARIO_FORMAT) fail("format", `must be "${SCENARIO_FORMAT}"`);
  if (o.version !== SCENARIO_DOCUMENT_VERSION)
    fail("version", `must be ${SCENARIO_DOCUMENT_VERSION} (this add-in reads version 1 only)`);
  const doc: ScenarioDocument = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_DOCUMENT_VERSION,
    addinVersion: text(o.addinVersion, "addinVersion"),
    specRevision: whole(o.specRevision, "specRevision"),
    profile: parseProfile(o.profile),
    inputs: list(o.inputs, "inputs").map((v, i) => parseInput(v, `inputs[${i}]`)),
  };
  if (o.itemKeys !== undefined)
    doc.itemKeys = list(o.itemKeys, "itemKeys").map((v, i) => {
      const k = record(v, `itemKeys[${i}]`, ["clauseId", "row", "value"]);
      return {
        clauseId: text(k.clauseId, `itemKeys[${i}].clauseId`),
        ...itemRowOf(k, `itemKeys[${i}]`),
        value: text(k.value, `itemKeys[${i}].value`),
      };
    });
  if (o.apply !== undefined)
    doc.apply = list(o.apply, "apply").map((v, i) => {
      const a = record(v, `apply[${i}]`, ["document", "year", "value"]);
      if (typeof a.value !== "boolean") fail(`apply[${i}].value`, "must be true or false");
      return {
        document: text(a.document, `apply[${i}].document`),
        year: whole(a.year, `apply[${i}].year`),
        value: a.value as boolean,
      };
    });
  if (o.names !== undefined) {
    const names = record(o.names, "names", Object.keys(o.names as Json));
    for (const [name, ref] of Object.entries(names)) {
      if (!isDefinedName(name)) fail(`names.${name}`, "is not a valid defined name");
      text(ref, `names.${name}`);
    }
    doc.names = names as Record<string, string>;
  }
  placements(doc, generateScenario(doc.profile, { formulas: "native" }));
  return doc;
}

interface Placement {
  row: number;
  col: number;
  value: InputValue;
}

/** The sheet cell of each input, item key and apply flag; throws naming the field that does not fit. */
function placements(doc: ScenarioDocument, s: ScenarioSheet): Placement[] {
  const { layout } = s;
  const first = layout.years[0];
  const last = layout.years[layout.years.length - 1];
  const out: Placement[] = [];
  const seen = new Map<string, string>();
  const place = (field: string, row: number, col: number, value: InputValue) => {
    const key = `${row} ${col}`;
    if (seen.has(key)) fail(field, `sets the same cell as ${seen.get(key)}`);
    seen.set(key, field);
    out.push({ row, col, value });
  };

  doc.inputs.forEach((inp, i) => {
    const field = `inputs[${i}]`;
    const ofClause = layout.inputs.filter((l) => l.clauseId === inp.clauseId);
    if (ofClause.length === 0)
      fail(
        `${field}.clauseId`,
        `${inp.clauseId} has no input rows on this scenario (ticked: ${layout.awards.map((a) => a.clauseId).join(", ") || "none"})`
      );
    const item = inp.row ?? 1;
    const rows = Math.max(...ofClause.map((x) => x.item));
    if (item > rows)
      fail(
        `${field}.row`,
        `${inp.clauseId} has ${rows} item row${rows === 1 ? "" : "s"} (profile.itemRows)`
      );
    const l = ofClause.find((x) => x.param === inp.param && x.item === item);
    if (!l)
      fail(
        `${field}.param`,
        `${inp.clauseId} has no input "${inp.param}" (its inputs: ${ofClause
          .filter((x) => x.item === 1)
          .map((x) => x.param)
          .join(", ")})`
      );
    place(field, rowOf(l!, inp, field), colOf(l!, inp, field, first, last, layout), inp.value);
  });

  (doc.itemKeys ?? []).forEach((k, i) => {
    const ofClause = layout.awards.filter((x) => x.clauseId === k.clauseId);
    if (ofClause.length === 0)
      fail(`itemKeys[${i}].clauseId`, `${k.clauseId} has no award row on this scenario`);
    const a = ofClause.find((x) => x.item === (k.row ?? 1));
    if (!a)
      fail(
        `itemKeys[${i}].row`,
        `${k.clauseId} has ${ofClause.length} item row${ofClause.length === 1 ? "" : "s"} (profile.itemRows)`
      );
    place(`itemKeys[${i}]`, a!.row, layout.historyCol, k.value);
  });

  (doc.apply ?? []).forEach((a, i) => {
    const d = layout.documents.find((x) => x.id === a.document);
    if (!d)
      fail(
        `apply[${i}].document`,
        `${a.document} is not on this scenario (its documents: ${layout.documents.map((x) => x.id).join(", ")})`
      );
    if (a.year < first || a.year > last)
      fail(`apply[${i}].year`, `must be a model year, ${first} to ${last}`);
    place(`apply[${i}]`, d!.applyRow, layout.firstYearCol + a.year - first, a.value);
  });

  if (doc.names) checkNames(doc.names, s);
  return out;
}

function rowOf(l: InputLayout, inp: ScenarioInput, field: string): number {
  if (l.rows === 1) {
    if (inp.item !== undefined)
      fail(`${field}.item`, `${inp.param} is not a range: leave item out`);
    return l.row;
  }
  if (inp.item === undefined || inp.item < 1 || inp.item > l.rows)
    fail(`${field}.item`, `${inp.param} is a range: item must be 1 to ${ITEM_ROWS}`);
  return l.row + inp.item! - 1;
}

function colOf(
  l: InputLayout,
  inp: ScenarioInput,
  field: string,
  first: number,
  last: number,
  layout: ScenarioSheet["layout"]
): number {
  if (l.history === "startYear") {
    if (inp.year !== first - 1)
      fail(`${field}.year`, `start_year has one cell, the year before the first: ${first - 1}`);
    return layout.historyCol;
  }
  if (inp.year === first - 1 && l.history) return layout.historyCol;
  if (inp.year < first || inp.year > last)
    fail(
      `${field}.year`,
      `must be a model year, ${first} to ${last}${l.history ? ` (or ${first - 1}: the history column)` : ""}`
    );
  return layout.firstYearCol + inp.year - first;
}

/** The scenario sheet's names as the document records them: name → 'Sheet'!$A$1 or a range. */
export function sheetNames(plan: SheetPlan): Record<string, string> {
  return Object.fromEntries((plan.names ?? []).map((n) => [n.name, nameRef(plan.sheetName, n)]));
}

function checkNames(names: Record<string, string>, s: ScenarioSheet): void {
  const generated = sheetNames(s.plan);
  for (const [name, ref] of Object.entries(names)) {
    if (!(name in generated))
      fail(
        `names.${name}`,
        "is not a name of this scenario sheet (a document from another version?)"
      );
    if (generated[name] !== ref)
      fail(`names.${name}`, `is ${ref}, but the sheet puts it at ${generated[name]}`);
  }
}

/** A new document for a profile and its inputs, stamped with this add-in's version and spec revision. */
export function scenarioDocument(
  profile: ScenarioProfile,
  parts: Pick<ScenarioDocument, "inputs" | "itemKeys" | "apply"> = { inputs: [] }
): ScenarioDocument {
  const names = sheetNames(generateScenario(profile, { formulas: "native" }).plan);
  return parseScenarioDocument({
    format: SCENARIO_FORMAT,
    version: SCENARIO_DOCUMENT_VERSION,
    addinVersion: ADDIN_VERSION,
    specRevision: SPEC_REVISION,
    profile,
    ...parts,
    names,
  });
}

/** Sets a cell's value, keeping the format and style the generator gave it (the last write wins). */
function fill(cells: PlanCell[], { row, col, value }: Placement): void {
  let at = cells.length - 1;
  while (at >= 0 && !(cells[at].row === row && cells[at].col === col)) at--;
  if (at < 0) throw new Error(`scenario: no input cell at row ${row + 1}, column ${col + 1}`);
  cells[at] = { ...cells[at], value };
}

export interface DocumentPlans {
  /** The scenario sheet, then its audit report (both native). */
  plans: SheetPlan[];
  scenario: ScenarioSheet;
  /** What the generator noticed, and a document written against another spec revision. */
  warnings: string[];
}

/**
 * The native scenario sheet of a (parsed) document with its inputs filled, and its native audit report
 * (generateAudit checks a native scenario's audit with the native lint: no SUBSIDY.* call).
 */
export function scenarioDocumentPlans(doc: ScenarioDocument): DocumentPlans {
  const scenario = generateScenario(doc.profile, { formulas: "native" });
  const cells = [...scenario.plan.cells];
  for (const p of placements(doc, scenario)) fill(cells, p);
  const plan: SheetPlan = { ...scenario.plan, cells };
  const warnings = [...plan.warnings];
  if (doc.specRevision !== SPEC_REVISION)
    warnings.push(
      `the document was written against spec revision ${doc.specRevision}; this add-in implements revision ${SPEC_REVISION}: awards may differ`
    );
  const audit = generateAudit({ ...scenario, plan }).plan;
  return { plans: [plan, audit], scenario: { ...scenario, plan }, warnings };
}

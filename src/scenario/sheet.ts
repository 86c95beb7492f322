/**
 * The scenario sheet generator (issue #5): a profile → a host-independent SheetPlan with
 *  (a) the profile;
 *  (b) a policy block: per document and model year =SUBSIDY.IN_FORCE(doc, DATE(year,12,31)) and an
 *      editable "apply" row holding that value, or, where IN_FORCE is #N/A, a literal labelled
 *      "assumption" (TRUE where the window is unknown, FALSE for a draft);
 *  (c) an assumptions block: one row per input the ticked clauses need, one column per year, literal
 *      defaults pre-filled, blanks where the user must supply a figure, and a history column (the year
 *      before the first) for inputs whose earlier values feed a later year;
 *  (d) an awards table: one row per clause, one column per year, =IF(apply, SUBSIDY.<NAME>(…), 0), wired
 *      across years (below);
 *  (e) per year the stacked total (STACK), the counted rows (STACK_ROWS) and the in-kind values apart.
 *
 * Wiring, and why there is no circular reference:
 *  - The counted amounts of year y (the STACK_ROWS spill of column y) depend on the awards of column y
 *    only. An award of column y reads counted amounts of EARLIER columns only, so the chain across years
 *    is acyclic by induction.
 *  - `received_to_date`, cumulative cap: Σ counted amounts of earlier years of every row sharing the cap
 *    (the row itself, plus the members of an overlap group with a shared cap, spec §7.5: HLJ-RD).
 *  - `received_to_date`, annual cap: nothing from earlier years. The counted amounts of the same year
 *    cannot be used (they depend on this very award through STACK_ROWS: a cycle), so a shared cap
 *    (HLJ-DATA-VOUCHER) takes the same year's RAW awards of the sharing rows ABOVE this one whose item key
 *    differs: rows with the same key are one item, where STACK keeps only the largest anyway, so their
 *    receipts must not shrink each other; rows with different keys fill the one cap in table order (the
 *    upper row first). Only rows above are read, so there is no cycle. The same same-year term is added
 *    for a shared cumulative cap. Conservative edge: a row above that STACK later drops within its own
 *    item still counts as received here. A cap no other row shares reads 0 for the same year.
 *  - `paid_in_prior_phases` / `paid_in_prior_years`: Σ the row's own counted amounts of earlier years.
 *  - `prior_max_revenue`: MAX(history, the revenue of earlier years); `rd_prior_year`: the previous
 *    year's R&D (the history column for the first year); `year_index`: counted from the loan's start
 *    year (an input), at least 1.
 *  - Every scalar input is passed as IF(cell="","",cell): a blank reaches the function as a blank on
 *    every host (Excel on Windows would otherwise pass 0 for an empty cell, spec §2.4), so a blank
 *    optional input takes its default and a blank required one shows "<param> is required".
 *
 * One-time awards (spec Revision 2; each clause record's `oneTime`): a "row" award of year y is 0 once an
 * earlier year counted it (> 0); a "code" award is 0 once an earlier year counted the same code value; a
 * "units" count is the number newly recognised that year, blank = 0 (never pre-filled); an annual "up to"
 * award counts only in a year marked claimed or with a typed request. Each reads earlier years' counted
 * amounts only, so the chain stays acyclic. The "One-time" column beside a row / code award names the
 * year(s) it was paid, as a formula.
 *
 * References: at creation every input, award, counted amount, apply and year cell gets a worksheet-scoped
 * defined name (plan.names, e.g. s_HLJ_ROBOT_02a_award_2026), and every formula that reads another row
 * refers to names, as does the audit report: a row the user inserts later moves with what it names.
 * Item keys are compared by the one rule of item-key.ts.
 */
import type { Clause, ClauseFunction, DocId, OneTimeKind, ParamSpec } from "../catalog/types";
import { range } from "../format/a1";
import { formulaLiteral } from "../format/formula-literal";
import type { Language } from "../format/locale";
import { grouped } from "../format/money";
import { COUNT_FORMAT, QUANTITY_FORMAT, RATE_FORMAT, YUAN_FORMAT } from "../format/number-formats";
import { documentById, locationByCode, sectorByCode } from "../policies";
import { documented } from "../policies/texts";
import { receivedScope } from "./cap-scopes";
import { sameItemFormula } from "./item-key";
import { groupByClauseId } from "./overlap-groups";
import { type PlanCell, type PlanName, type SheetPlan, definedName, qualifiedName } from "./plan";
import { type ScenarioProfile, select } from "./profile";
import { lines, t } from "./strings";
import { inForceOn } from "./windows";

export const COL_LABEL = 0;
export const COL_CLAUSE = 1;
export const COL_DOCUMENT = 2;
export const COL_NUMBER = 3;
/** The history column (the year before the first) in the assumptions block; the item key in the awards table. */
export const COL_HISTORY = 4;
export const COL_FIRST_YEAR = 5;
/** Cells per range input (one per item, e.g. per first-set product), per year. */
export const ITEM_ROWS = 3;
export const HEADER_ROW = 1;

/** How an argument of a clause function gets its value in the sheet. */
type Wiring =
  | { kind: "input" }
  | { kind: "received" }
  | { kind: "paid" }
  | { kind: "yearIndex" }
  | { kind: "previous"; source: string }
  | { kind: "maxBefore"; source: string };

/** Arguments derived from another input's earlier years (generic: by parameter name). */
const DERIVED: Record<string, { kind: "previous" | "maxBefore"; sources: string[] }> = {
  rd_prior_year: { kind: "previous", sources: ["rd_last_year", "rd_current_year"] },
  prior_max_revenue: { kind: "maxBefore", sources: ["annual_revenue"] },
};

function wiringOf(fn: ClauseFunction, p: ParamSpec): Wiring {
  if (p.name === "received_to_date" && receivedScope[fn.name]) return { kind: "received" };
  if (p.name.startsWith("paid_in_prior")) return { kind: "paid" };
  if (p.name === "year_index") return { kind: "yearIndex" };
  const d = DERIVED[p.name];
  const source = d?.sources.find((s) => fn.params.some((q) => q.name === s));
  if (d && source) return { kind: d.kind, source };
  return { kind: "input" };
}

export interface InputLayout {
  clauseId: string;
  fn: string;
  /** The parameter, "start_year" for a loan's start year (year_index), or "claimed" (an annual "up to" award). */
  param: string;
  row: number;
  /** Rows the input spans (ITEM_ROWS for a range parameter, else 1). */
  rows: number;
  /** What the history column of this row holds, if anything. */
  history?: "previous" | "maxBefore" | "startYear";
  required: boolean;
  /** Per year: the input's defined name (over all its item rows for a range parameter); none for start_year. */
  names: string[];
  /** A range parameter: per item row, per year, the name of that item's cell. */
  itemNames?: string[][];
  /** The defined name of the history cell, if the row has one. */
  beforeName?: string;
  /** The label of each of its rows, as the sheet shows it. */
  labels: string[];
}

export interface AwardLayout {
  clauseId: string;
  fn: string;
  document: DocId;
  row: number;
  countedRow: number;
  inKind: boolean;
  /** An "up to" award whose request is left blank: shown as a maximum. */
  maximum: boolean;
  /** How the award is paid across years (the clause record's oneTime kind). */
  oneTime: OneTimeKind;
  /** An annual "up to" award: counted only in a year marked claimed (or with a typed request). */
  claimed: boolean;
  group?: string;
  /** Per year: the defined names of the award (before stacking) and of its counted amount. */
  names: string[];
  countedNames: string[];
  /** The defined name of its item-key cell. */
  keyName: string;
  /** The function's arguments per year as formula text, referring to this sheet's names (unqualified). */
  args: string[][];
  /** The same, every name qualified with the sheet name (for other sheets: the audit). */
  qualifiedArgs: string[][];
}

export interface DocumentLayout {
  id: DocId;
  inForceRow: number;
  applyRow: number;
  /** Per year: the defined names of the in-force and apply cells. */
  inForceNames: string[];
  applyNames: string[];
  /** Per year: null where IN_FORCE is known, else why the apply value is an assumption. */
  assumed: (null | "unknown" | "draft")[];
}

export interface ScenarioLayout {
  sheetName: string;
  years: number[];
  headerRow: number;
  firstYearCol: number;
  historyCol: number;
  /** The column after the last year: the "One-time" note of each row / code award. */
  oneTimeCol: number;
  documents: DocumentLayout[];
  inputs: InputLayout[];
  awards: AwardLayout[];
  stackRow: number;
  totalRow: number;
  inKindRow: number;
  /** Per year: the defined name of the stacked total; and the name of the total over all years. */
  stackNames: string[];
  totalName: string;
  /** First row of the STACK_ROWS spill (one row per award, same order). */
  countedStartRow: number;
  legendRow: number;
}

export interface ScenarioSheet {
  profile: ScenarioProfile;
  plan: SheetPlan;
  layout: ScenarioLayout;
}

/** A parameter's help text, from the clause's prose (the scenario sheet's note on its input row). */
const help = (fn: ClauseFunction, p: ParamSpec) =>
  documented.functionOf(fn).params.find((q) => q.name === p.name)!.description;

function formatOf(p: ParamSpec): string | undefined {
  switch (p.kind) {
    case "amount":
    case "amounts":
      return YUAN_FORMAT;
    case "rate":
      return RATE_FORMAT;
    case "count":
    case "yearIndex":
      return COUNT_FORMAT;
    case "quantity":
      return QUANTITY_FORMAT;
    default:
      return undefined;
  }
}

/** The request of an "up to" award, left blank so the award is the cap (spec §2.2, Revision 1 "maximum"). */
const isMaximumRequest = (fn: ClauseFunction, p: ParamSpec) =>
  fn.upTo === true && p.name.startsWith("requested");

/** The count of newly recognised units of a "units" clause: blank = 0, never pre-filled. */
const isUnitsCount = (c: Clause, p: ParamSpec) =>
  c.oneTime?.kind === "units" && c.oneTime.param === p.name;

/** An annual "up to" award: it gets a per-year "claimed" input instead of counting its maximum every year. */
const needsClaim = (c: Clause) =>
  (c.oneTime?.kind ?? "annual") === "annual" &&
  c.fn!.upTo === true &&
  c.fn!.params.some((p) => isMaximumRequest(c.fn!, p));

/** Free text as a cell value: a leading = + - @ would make a host read it as a formula, so it is marked as text. */
const asText = (s: string): string => (/^[=+\-@]/.test(s) ? `'${s}` : s);

/** A code value as a number in the sheet (its position among the options, 0 if none), aliases included. */
function codeIndexFormula(p: ParamSpec, cell: string): string {
  const k = `UPPER(TRIM(${cell}))`;
  return (p.codes ?? []).reduceRight(
    (rest, option, i) =>
      `IF(OR(${[option.value, ...option.aliases].map((v) => `${k}=${formulaLiteral(v.toUpperCase())}`).join(",")}),${i + 1},${rest})`,
    "0"
  );
}

class Cells {
  readonly cells: PlanCell[] = [];
  readonly names: PlanName[] = [];
  put(row: number, col: number, cell: Omit<PlanCell, "row" | "col">): void {
    this.cells.push({ row, col, ...cell });
  }
  /** Defines a name over a cell (or `rows` × 1 cells) and returns it. */
  name(name: string, row: number, col: number, rows = 1, cols = 1): string {
    this.names.push({ name, row, col, rows, cols });
    return name;
  }
}

export interface ScenarioOptions {
  /**
   * The name of the sheet the plan will be written to (default: "Scenario" / "情景测算"). A host that
   * had to pick another name ("Scenario (2)") passes it here, so references from other sheets (the
   * audit report) name the right sheet.
   */
  sheetName?: string;
}

/** Generates the scenario sheet plan for a profile. Throws an Error for an invalid profile. */
export function generateScenario(
  profile: ScenarioProfile,
  options: ScenarioOptions = {}
): ScenarioSheet {
  const { documents, clauses, warnings } = select(profile);
  const L: Language = profile.locale;
  const sheetName = options.sheetName ?? t("scenarioSheet", L);
  const years: number[] = [];
  for (let y = profile.firstYear; y <= profile.lastYear; y++) years.push(y);
  const yearCols = years.map((_, i) => COL_FIRST_YEAR + i);
  const lastCol = yearCols[yearCols.length - 1];
  const oneTimeCol = lastCol + 1;
  const out = new Cells();
  let row = 0;

  // Title and column headers (frozen).
  out.put(row, COL_LABEL, { value: t("title", L, { company: profile.company }), style: "title" });
  row = HEADER_ROW;
  const headers: [number, string][] = [
    [COL_LABEL, t("colItem", L)],
    [COL_CLAUSE, t("colClause", L)],
    [COL_DOCUMENT, t("colDocument", L)],
    [COL_NUMBER, t("colNumber", L)],
    [COL_HISTORY, t("colHistory", L, { first: profile.firstYear })],
  ];
  for (const [c, v] of headers) out.put(row, c, { value: v, style: "header" });
  const yearNames = years.map((y, i) => {
    out.put(row, yearCols[i], { value: y, style: "header", format: COUNT_FORMAT });
    return out.name(definedName("year", y), HEADER_ROW, yearCols[i]);
  });
  row += 2;

  // (a) Profile.
  out.put(row++, COL_LABEL, { value: t("sectionProfile", L), style: "section" });
  const profileRows: [string, string][] = [
    [t("company", L), asText(profile.company)],
    [t("location", L), locationByCode.get(profile.location)!.label[L]],
    [
      t("sectors", L),
      profile.sectors.map((s) => sectorByCode.get(s)!.inList[L]).join(L === "zh" ? "、" : ", "),
    ],
    [t("years", L), `${profile.firstYear}–${profile.lastYear}`],
    [t("language", L), t("languageName", L)],
  ];
  for (const [label, value] of profileRows) {
    out.put(row, COL_LABEL, { value: label, style: "label" });
    out.put(row++, COL_CLAUSE, { value, style: "input" });
  }
  row++;

  // (b) Policies in force.
  out.put(row++, COL_LABEL, { value: t("sectionPolicies", L), style: "section" });
  const docLayouts: DocumentLayout[] = [];
  for (const id of documents) {
    const doc = documentById.get(id)!;
    const inForceRow = row++;
    const applyRow = row++;
    out.put(inForceRow, COL_LABEL, { value: t("inForceRow", L, { doc: id }), style: "label" });
    out.put(applyRow, COL_LABEL, { value: t("applyRow", L, { doc: id }), style: "label" });
    for (const r of [inForceRow, applyRow]) {
      out.put(r, COL_CLAUSE, { value: id, style: "citation" });
      out.put(r, COL_DOCUMENT, { value: id, style: "citation" });
    }
    if (doc.number) out.put(inForceRow, COL_NUMBER, { value: doc.number, style: "citation" });
    const assumed: DocumentLayout["assumed"] = [];
    const inForceNames: string[] = [];
    const applyNames: string[] = [];
    years.forEach((y, i) => {
      const col = yearCols[i];
      inForceNames.push(out.name(definedName(id, "in_force", y), inForceRow, col));
      applyNames.push(out.name(definedName(id, "apply", y), applyRow, col));
      out.put(inForceRow, col, {
        formula: `=SUBSIDY.IN_FORCE(${formulaLiteral(id)},DATE(${yearNames[i]},12,31))`,
        style: "formula",
      });
      const answer = inForceOn(id, `${y}-12-31`);
      if ("inForce" in answer) {
        assumed.push(null);
        out.put(applyRow, col, { value: answer.inForce, style: "input" });
      } else {
        const draft = doc.status === "draft";
        assumed.push(draft ? "draft" : "unknown");
        out.put(applyRow, col, {
          value: !draft,
          style: "assumption",
          note: t(draft ? "assumedDraft" : "assumedUnknown", L, { message: answer.unknown }),
        });
      }
    });
    if (assumed.some((a) => a !== null))
      out.put(applyRow, COL_NUMBER, { value: t("assumption", L), style: "assumption" });
    docLayouts.push({ id, inForceRow, applyRow, inForceNames, applyNames, assumed });
  }
  const applyNamesOf = new Map(docLayouts.map((d) => [d.id, d.applyNames]));
  row++;

  // (c) Assumptions and inputs.
  out.put(row++, COL_LABEL, { value: t("sectionAssumptions", L), style: "section" });
  const inputs: InputLayout[] = [];
  const inputRow = new Map<string, InputLayout>(); // `${clauseId} ${param}` → layout
  const cite = (r: number, c: Clause) => {
    out.put(r, COL_CLAUSE, { value: c.id, style: "citation" });
    out.put(r, COL_DOCUMENT, { value: c.document, style: "citation" });
    out.put(r, COL_NUMBER, { value: c.numberAsWritten, style: "citation" });
  };
  /** The assumption row that states a clause's one-time rule, with the quote fragment it rests on. */
  const ruleText = (c: Clause): string | undefined => {
    const o = c.oneTime;
    if (!o) return undefined;
    const vars = { id: c.id, because: o.because, param: o.param ?? "" };
    if (o.kind === "row") return t("ruleRow", L, vars);
    if (o.kind === "code") return t("ruleCode", L, vars);
    if (o.kind === "units") return t("ruleUnits", L, vars);
    if (needsClaim(c)) return t("ruleClaimed", L, vars);
    return undefined;
  };
  for (const c of clauses) {
    const fn = c.fn!;
    out.put(row, COL_LABEL, { value: `${c.id} · ${fn.name}`, style: "label" });
    cite(row, c);
    row++;
    const rule = ruleText(c);
    if (rule) out.put(row++, COL_LABEL, { value: rule, style: "note" });
    const historyOf = new Map<string, "previous" | "maxBefore">();
    for (const p of fn.params) {
      const w = wiringOf(fn, p);
      if (w.kind === "previous" || w.kind === "maxBefore") historyOf.set(w.source, w.kind);
    }
    for (const p of fn.params) {
      const w = wiringOf(fn, p);
      if (w.kind === "yearIndex") {
        const label = t("loanStart", L, { fn: fn.name });
        const layout: InputLayout = {
          clauseId: c.id,
          fn: fn.name,
          param: "start_year",
          row,
          rows: 1,
          history: "startYear",
          required: true,
          names: [],
          beforeName: out.name(definedName(c.id, "start_year"), row, COL_HISTORY),
          labels: [label],
        };
        out.put(row, COL_LABEL, { value: label, style: "label", note: help(fn, p)[L] });
        cite(row, c);
        out.put(row, COL_HISTORY, {
          value: profile.firstYear,
          style: "input",
          format: COUNT_FORMAT,
        });
        inputs.push(layout);
        inputRow.set(`${c.id} start_year`, layout);
        row++;
        continue;
      }
      if (w.kind !== "input") continue;
      const maximum = isMaximumRequest(fn, p);
      const units = isUnitsCount(c, p);
      const literalDefault = !maximum && !units && p.default !== undefined ? p.default : undefined;
      const required = p.required;
      const rows = p.kind === "amounts" ? ITEM_ROWS : 1;
      const history = historyOf.get(p.name);
      const noteParts = [help(fn, p)[L]];
      if (maximum) noteParts.push(t("noteMaximum", L));
      else if (units) noteParts.push(t("noteUnits", L));
      else if (required) noteParts.push(t("noteRequired", L));
      else
        noteParts.push(
          t("noteOptional", L, {
            default: p.default !== undefined ? String(p.default) : t("noneDefault", L),
          })
        );
      if (p.inPrinciple)
        noteParts.push(t("noteInPrinciple", L, { default: grouped(p.default as number) }));
      if (history === "previous")
        noteParts.push(
          t("noteHistoryPrevious", L, {
            history: t("colHistory", L, { first: profile.firstYear }),
            first: profile.firstYear,
            param: [...fn.params].find((q) => wiringOf(fn, q).kind === "previous")!.name,
          })
        );
      if (history === "maxBefore")
        noteParts.push(
          t("noteHistoryMax", L, {
            history: t("colHistory", L, { first: profile.firstYear }),
            first: profile.firstYear,
            param: [...fn.params].find((q) => wiringOf(fn, q).kind === "maxBefore")!.name,
          })
        );
      const style = required && literalDefault === undefined ? "input-required" : "input";
      const base = `${fn.name} · ${p.name}`;
      const tags = [
        ...(required ? [t("required", L)] : []),
        ...(maximum ? [t("maximum", L)] : []),
        ...(units ? [t("newlyRecognised", L)] : []),
      ];
      const labels = Array.from({ length: rows }, (_, k) =>
        rows > 1
          ? t("itemRow", L, { label: base, k: k + 1 })
          : `${base}${tags.map((tag) => ` (${tag})`).join("")}`
      );
      const layout: InputLayout = {
        clauseId: c.id,
        fn: fn.name,
        param: p.name,
        row,
        rows,
        required,
        ...(history ? { history } : {}),
        names: years.map((y, i) => out.name(definedName(c.id, p.name, y), row, yearCols[i], rows)),
        ...(rows > 1
          ? {
              itemNames: labels.map((_, k) =>
                years.map((y, i) =>
                  out.name(definedName(c.id, p.name, y, "item", k + 1), row + k, yearCols[i])
                )
              ),
            }
          : {}),
        ...(history
          ? { beforeName: out.name(definedName(c.id, p.name, "before"), row, COL_HISTORY, rows) }
          : {}),
        labels,
      };
      for (let k = 0; k < rows; k++) {
        const r = row + k;
        out.put(r, COL_LABEL, {
          value: labels[k],
          style: "label",
          ...(k === 0 ? { note: noteParts.join(" ") } : {}),
        });
        cite(r, c);
        if (history)
          out.put(r, COL_HISTORY, { style, ...(formatOf(p) ? { format: formatOf(p) } : {}) });
        for (const col of yearCols) {
          out.put(r, col, {
            ...(literalDefault !== undefined ? { value: literalDefault } : {}),
            style,
            ...(formatOf(p) ? { format: formatOf(p) } : {}),
          });
        }
      }
      inputs.push(layout);
      inputRow.set(`${c.id} ${p.name}`, layout);
      row += rows;
    }
    if (needsClaim(c)) {
      const label = t("claimedRow", L, { fn: fn.name });
      const layout: InputLayout = {
        clauseId: c.id,
        fn: fn.name,
        param: "claimed",
        row,
        rows: 1,
        required: false,
        names: years.map((y, i) => out.name(definedName(c.id, "claimed", y), row, yearCols[i])),
        labels: [label],
      };
      out.put(row, COL_LABEL, { value: label, style: "label", note: t("noteClaimed", L) });
      cite(row, c);
      for (const col of yearCols) out.put(row, col, { style: "input" });
      inputs.push(layout);
      inputRow.set(`${c.id} claimed`, layout);
      row++;
    }
  }
  row++;

  // (d) Awards table: rows are fixed now, so wiring can refer to them (and to the counted rows below).
  out.put(row++, COL_LABEL, { value: t("sectionAwards", L), style: "section" });
  out.put(row, COL_HISTORY, { value: t("colItemKey", L), style: "header" });
  for (const col of yearCols)
    out.put(row, col, {
      value: years[col - COL_FIRST_YEAR],
      style: "header",
      format: COUNT_FORMAT,
    });
  out.put(row, oneTimeCol, { value: t("colOneTime", L), style: "header" });
  row++;
  const awardStart = row;
  const awardEnd = awardStart + clauses.length - 1;
  row = awardEnd + 2;
  const stackRow = row++;
  const totalRow = row++;
  const inKindRow = row++;
  row++;
  const countedHeaderRow = row++;
  const countedStartRow = row;
  row += clauses.length + 1;
  const legendRow = row;

  const awards: AwardLayout[] = clauses.map((c, i) => {
    const g = groupByClauseId.get(c.id);
    const awardRow = awardStart + i;
    const countedRow = countedStartRow + i;
    return {
      clauseId: c.id,
      fn: c.fn!.name,
      document: c.document,
      row: awardRow,
      countedRow,
      inKind: c.fn!.inKind === true,
      maximum: c.fn!.upTo === true && c.fn!.params.some((p) => isMaximumRequest(c.fn!, p)),
      oneTime: c.oneTime?.kind ?? "annual",
      claimed: needsClaim(c),
      ...(g ? { group: g.id } : {}),
      names: years.map((y, k) => out.name(definedName(c.id, "award", y), awardRow, yearCols[k])),
      countedNames: years.map((y, k) =>
        out.name(definedName(c.id, "counted", y), countedRow, yearCols[k])
      ),
      keyName: out.name(definedName(c.id, "item_key"), awardRow, COL_HISTORY),
      args: [],
      qualifiedArgs: [],
    };
  });

  /** The rows sharing a cap with award `a`: itself, plus the group members with a shared cap, in table order. */
  const sharing = (a: AwardLayout): AwardLayout[] => {
    const g = groupByClauseId.get(a.clauseId);
    if (!g?.sharedCap) return [a];
    return awards.filter(
      (b) => b === a || g.members.some((m) => m.clauseId === b.clauseId && receivedScope[b.fn])
    );
  };

  /** What an earlier year paid of award `a`: its counted amounts (its raw awards for an in-kind value, which counts 0). */
  const paidNames = (a: AwardLayout) => (a.inKind ? a.names : a.countedNames);

  const argsFor = (c: Clause, a: AwardLayout, yi: number, sheet?: string): string[] => {
    const fn = c.fn!;
    const q = (name: string) => qualifiedName(name, sheet);
    const blankable = (r: string) => `IF(${r}="","",${r})`;
    const earlier = (names: string[]) => names.slice(0, yi).map(q).join(",");
    return fn.params.map((p) => {
      const w = wiringOf(fn, p);
      switch (w.kind) {
        case "input": {
          const inp = inputRow.get(`${c.id} ${p.name}`)!;
          const cell = q(inp.names[yi]);
          if (inp.rows > 1) return cell;
          // A blank count of newly recognised units is 0 (not the function's default of 1).
          if (isUnitsCount(c, p)) return `IF(${cell}="",0,${cell})`;
          return blankable(cell);
        }
        case "received": {
          const terms: string[] = [];
          const shared = sharing(a);
          if (receivedScope[fn.name] === "cumulative" && yi > 0)
            for (const s of shared) terms.push(`SUM(${earlier(s.countedNames)})`);
          for (const s of shared) {
            if (s.row >= a.row) continue; // only rows above: no cycle
            terms.push(`IF(${sameItemFormula(q(s.keyName), q(a.keyName))},0,${q(s.names[yi])})`);
          }
          return terms.length ? terms.join("+") : "0";
        }
        case "paid":
          return yi > 0 ? `SUM(${earlier(a.countedNames)})` : "0";
        case "yearIndex": {
          const start = inputRow.get(`${c.id} start_year`)!;
          return `MAX(1,${q(yearNames[yi])}-${q(start.beforeName!)}+1)`;
        }
        case "previous": {
          const src = inputRow.get(`${c.id} ${w.source}`)!;
          return blankable(q(yi > 0 ? src.names[yi - 1] : src.beforeName!));
        }
        case "maxBefore": {
          const src = inputRow.get(`${c.id} ${w.source}`)!;
          return `MAX(${[q(src.beforeName!), ...src.names.slice(0, yi).map(q)].join(",")})`;
        }
      }
    });
  };

  /** The condition (or undefined) under which award `a` pays 0 in year `yi` because of its one-time rule. */
  const alreadyPaid = (c: Clause, a: AwardLayout, yi: number): string | undefined => {
    if (yi === 0) return undefined;
    const paid = paidNames(a);
    if (a.oneTime === "row") return `SUM(${paid.slice(0, yi).join(",")})>0`;
    if (a.oneTime === "code") {
      const p = c.fn!.params.find((x) => x.name === c.oneTime!.param)!;
      const codes = inputRow.get(`${c.id} ${p.name}`)!.names;
      const now = codeIndexFormula(p, codes[yi]);
      const before = codes
        .slice(0, yi)
        .map((n, k) => `AND(${codeIndexFormula(p, n)}=${now},${paid[k]}>0)`);
      return `OR(${before.join(",")})`;
    }
    return undefined;
  };

  /** An annual "up to" award counts in a year marked claimed (TRUE or a non-zero number) or with a typed request. */
  const claimedIn = (c: Clause, yi: number): string => {
    const claimed = inputRow.get(`${c.id} claimed`)!.names[yi];
    const requests = c
      .fn!.params.filter((p) => isMaximumRequest(c.fn!, p))
      .map((p) => `${inputRow.get(`${c.id} ${p.name}`)!.names[yi]}<>""`);
    // claimed*1 is 1 for TRUE or 1, 0 for a blank or FALSE, an error (→ not claimed) for other text.
    return `OR(IFERROR(${claimed}*1,0)<>0,${requests.join(",")})`;
  };

  clauses.forEach((c, i) => {
    const a = awards[i];
    const fn = c.fn!;
    const label = (tags: string[]) => (tags.length ? `${fn.name} (${tags.join("; ")})` : fn.name);
    const plain = label(a.inKind ? [t("inKind", L)] : []);
    // "maximum" while no request is entered for an "up to" award (the request defaults to the cap).
    const request = a.maximum
      ? inputs.find(
          (i) => i.clauseId === c.id && isMaximumRequest(fn, { name: i.param } as ParamSpec)
        )
      : undefined;
    out.put(a.row, COL_LABEL, {
      ...(request
        ? {
            formula: `=IF(AND(${request.names.map((n) => `${n}=""`).join(",")}),${formulaLiteral(label([t("maximum", L)]))},${formulaLiteral(plain)})`,
          }
        : { value: plain }),
      style: "label",
      note: documented.functionOf(fn).description[L],
    });
    cite(a.row, c);
    out.put(a.row, COL_HISTORY, { style: "input" });
    const applyNames = applyNamesOf.get(c.document)!;
    years.forEach((_, yi) => {
      const col = yearCols[yi];
      const args = argsFor(c, a, yi);
      a.args.push(args);
      a.qualifiedArgs.push(argsFor(c, a, yi, sheetName));
      const call = `SUBSIDY.${fn.name}(${args.join(",")})`;
      const paid = alreadyPaid(c, a, yi);
      const body = paid ? `IF(${paid},0,${call})` : call;
      const applies = a.claimed ? `AND(${applyNames[yi]},${claimedIn(c, yi)})` : applyNames[yi];
      out.put(a.row, col, {
        formula: `=IF(${applies},${body},0)`,
        style: "formula",
        format: YUAN_FORMAT,
      });
    });
    if (a.oneTime === "row" || a.oneTime === "code") {
      // The year(s) it was paid, as a formula: "one-time: paid in 2026".
      const paid = paidNames(a);
      const prefix =
        a.oneTime === "row"
          ? t("oneTimePaidIn", L)
          : t("oncePerPaidIn", L, { param: c.oneTime!.param! });
      const list = years
        .map((y, k) => `IF(${paid[k]}>0,${formulaLiteral(t("paidYear", L, { year: y }))},"")`)
        .join("&");
      const none = t("oneTimeNotPaid", L, { first: profile.firstYear, last: profile.lastYear });
      out.put(a.row, oneTimeCol, {
        formula: `=IF(SUM(${paid.join(",")})=0,${formulaLiteral(none)},${formulaLiteral(prefix)}&${list})`,
        style: "note",
      });
    }
  });

  // (e) Stacking per year.
  out.put(stackRow - 1, COL_LABEL, { value: t("sectionStacking", L), style: "section" });
  out.put(stackRow, COL_LABEL, { value: t("stackTotal", L), style: "total" });
  out.put(totalRow, COL_LABEL, {
    value: t("totalAllYears", L, { first: profile.firstYear, last: profile.lastYear }),
    style: "total",
  });
  out.put(inKindRow, COL_LABEL, { value: t("inKindTotal", L), style: "label" });
  out.put(countedHeaderRow, COL_LABEL, { value: t("sectionCounted", L), style: "section" });
  const inKindRows = awards.filter((a) => a.inKind);
  // STACK reads whole columns of this sheet's awards table: absolute ranges, which move with an inserted
  // row in every host (a formula engine sizes STACK_ROWS's spill from its range argument when it parses it).
  const ids = range(awardStart, COL_CLAUSE, awardEnd, COL_CLAUSE, { row: true, col: true });
  const keys = range(awardStart, COL_HISTORY, awardEnd, COL_HISTORY, { row: true, col: true });
  const stackNames = years.map((y, yi) =>
    out.name(definedName("stack", y), stackRow, yearCols[yi])
  );
  yearCols.forEach((col, yi) => {
    if (awards.length) {
      const column = range(awardStart, col, awardEnd, col, { row: true });
      const stackArgs = `${ids},${column},${keys}`;
      out.put(stackRow, col, {
        formula: `=SUBSIDY.STACK(${stackArgs})`,
        style: "total",
        format: YUAN_FORMAT,
      });
      out.put(countedStartRow, col, {
        formula: `=SUBSIDY.STACK_ROWS(${stackArgs})`,
        style: "formula",
        format: YUAN_FORMAT,
      });
      for (let k = 1; k < awards.length; k++)
        out.put(countedStartRow + k, col, { format: YUAN_FORMAT });
    } else out.put(stackRow, col, { value: 0, style: "total", format: YUAN_FORMAT });
    out.put(inKindRow, col, {
      ...(inKindRows.length
        ? { formula: `=${inKindRows.map((a) => a.names[yi]).join("+")}` }
        : { value: 0 }),
      style: "formula",
      format: YUAN_FORMAT,
    });
  });
  const totalName = out.name(definedName("total"), totalRow, COL_FIRST_YEAR);
  out.put(totalRow, COL_FIRST_YEAR, {
    formula: `=SUM(${stackNames.join(",")})`,
    style: "total",
    format: YUAN_FORMAT,
  });
  awards.forEach((a) => {
    out.put(a.countedRow, COL_LABEL, { value: a.fn, style: "label" });
    out.put(a.countedRow, COL_CLAUSE, { value: a.clauseId, style: "citation" });
  });

  // Legend.
  out.put(legendRow, COL_LABEL, { value: t("sectionLegend", L), style: "section" });
  const legend = lines("legendScenario", L);
  legend.forEach((line, k) =>
    out.put(legendRow + 1 + k, COL_LABEL, { value: line, style: "note" })
  );

  const plan: SheetPlan = {
    sheetName,
    cells: out.cells,
    names: out.names,
    freezeRows: HEADER_ROW + 1,
    columnWidths: [48, 16, 13, 16, 16, ...years.map(() => 16), 28],
    legend,
    warnings,
  };
  return {
    profile,
    plan,
    layout: {
      sheetName,
      years,
      headerRow: HEADER_ROW,
      firstYearCol: COL_FIRST_YEAR,
      historyCol: COL_HISTORY,
      oneTimeCol,
      documents: docLayouts,
      inputs,
      awards,
      stackRow,
      totalRow,
      inKindRow,
      stackNames,
      totalName,
      countedStartRow,
      legendRow,
    },
  };
}

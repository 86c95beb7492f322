/**
 * (d) The awards table: one row per clause, one column per year, =IF(apply, SUBSIDY.<NAME>(…), 0) (natively
 * the clause's twin in place of the call, dialect.ts), its
 * arguments wired across years (arguments.ts) and its one-time rule applied (rules/one-time.ts); a
 * "One-time" column beside a row / code award names the year(s) it was paid, as a formula.
 */
import type { Clause } from "../../catalog/types";
import { formulaLiteral } from "../../format/formula-literal";
import { COUNT_FORMAT, YUAN_FORMAT } from "../../format/number-formats";
import { documented } from "../../policies/texts";
import {
  type CodeInput,
  hasMaximumRequest,
  isMaximumRequest,
  needsClaim,
  oneTimeKind,
  paidBeforeFormula,
} from "../../rules/one-time";
import { groupByClauseId } from "../../rules/overlap-groups";
import { definedName } from "../plan";
import { t } from "../strings";
import { type ArgumentSources, argumentsOf, paidNames } from "./arguments";
import { type ScenarioContext, cite } from "./context";
import type { Dialect } from "./dialect";
import {
  type AwardLayout,
  COL_FIRST_YEAR,
  COL_HISTORY,
  COL_LABEL,
  type InputIndex,
  type TableRows,
  itemNameParts,
  tableRows,
} from "./layout";
import { writeMissingFlag } from "./missing-flag";
import type { ItemRow } from "./profile";

/** What the award formulas read besides the context: the sheet's name, the apply cells and the wiring. */
export interface AwardSources extends ArgumentSources {
  sheetName: string;
  /** Per document id: the defined names of its apply cells, per year. */
  applyNames: Map<string, string[]>;
}

/** The table's heading and header row from `row`; returns the rows of the table and of what follows it. */
export function writeAwardsHeader(
  { L, out, years, yearCols, oneTimeCol, missingCol }: ScenarioContext,
  row: number,
  awards: number
): TableRows {
  out.put(row++, COL_LABEL, { value: t("sectionAwards", L), style: "section" });
  out.put(row, COL_HISTORY, { value: t("colItemKey", L), style: "header" });
  for (const col of yearCols)
    out.put(row, col, {
      value: years[col - COL_FIRST_YEAR],
      style: "header",
      format: COUNT_FORMAT,
    });
  out.put(row, oneTimeCol, { value: t("colOneTime", L), style: "header" });
  out.put(row, missingCol, { value: t("colMissing", L), style: "header" });
  return tableRows(row + 1, awards);
}

/** Each item row's award row and counted row, with their defined names (the formulas come later). */
export function nameAwards(
  { out, years, yearCols, missingCol }: ScenarioContext,
  items: ItemRow[],
  rows: TableRows
): AwardLayout[] {
  return items.map(({ clause: c, item }, i) => {
    const g = groupByClauseId.get(c.id);
    const awardRow = rows.awardStart + i;
    const countedRow = rows.countedStartRow + i;
    const base = [c.id, ...itemNameParts(item)];
    return {
      clauseId: c.id,
      item,
      fn: c.fn!.name,
      document: c.document,
      row: awardRow,
      countedRow,
      inKind: c.fn!.inKind === true,
      maximum: hasMaximumRequest(c.fn!),
      oneTime: oneTimeKind(c),
      claimed: needsClaim(c),
      ...(g ? { group: g.id } : {}),
      names: years.map((y, k) => out.name(definedName(...base, "award", y), awardRow, yearCols[k])),
      countedNames: years.map((y, k) =>
        out.name(definedName(...base, "counted", y), countedRow, yearCols[k])
      ),
      keyName: out.name(definedName(...base, "item_key"), awardRow, COL_HISTORY),
      missingName: out.name(definedName(...base, "missing"), awardRow, missingCol),
      args: [],
      qualifiedArgs: [],
    };
  });
}

/**
 * Every award row: its label, item key cell (a clause's second item row on starts as "item 2", its own
 * item for stacking), one formula per year, its one-time note and its "missing" flag.
 */
export function writeAwards(ctx: ScenarioContext, items: ItemRow[], src: AwardSources): void {
  items.forEach(({ clause: c, item }, i) => {
    const a = src.awards[i];
    writeAwardLabel(ctx, c, a, src.inputs);
    cite(ctx, a.row, c);
    ctx.out.put(a.row, COL_HISTORY, {
      ...(item > 1 ? { value: t("itemKeyDefault", ctx.L, { k: item }) } : {}),
      style: "input",
    });
    writeAwardYears(ctx, c, a, src);
    if (a.oneTime === "row" || a.oneTime === "code") writeOneTimeNote(ctx, c, a);
    writeMissingFlag(ctx, c, a, src.inputs.of(c.id, item));
  });
}

/** The function's name, "(maximum)" while no request is entered for an "up to" award; its description as the note. */
function writeAwardLabel(
  { L, out }: ScenarioContext,
  c: Clause,
  a: AwardLayout,
  inputs: InputIndex
): void {
  const fn = c.fn!;
  const name = a.item === 1 ? fn.name : t("itemRowOf", L, { label: fn.name, k: a.item });
  const label = (tags: string[]) => (tags.length ? `${name} (${tags.join("; ")})` : name);
  const plain = label(a.inKind ? [t("inKind", L)] : []);
  // "maximum" while no request is entered for an "up to" award (the request defaults to the cap).
  const request = a.maximum
    ? inputs.of(c.id, a.item).find((i) => isMaximumRequest(fn, { name: i.param }))
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
}

/** One formula per year: the call, 0 once its one-time rule says paid, 0 where the policy does not apply. */
function writeAwardYears(
  { out, years, yearCols, dialect }: ScenarioContext,
  c: Clause,
  a: AwardLayout,
  src: AwardSources
): void {
  const fn = c.fn!;
  const applyNames = src.applyNames.get(c.document)!;
  const code: CodeInput | undefined =
    a.oneTime === "code" ? codeInput(c, a.item, src.inputs) : undefined;
  const sum = (terms: string[]) => dialect.sum(terms);
  years.forEach((_, yi) => {
    const args = argumentsOf(src, c, a, yi);
    a.args.push(args);
    a.qualifiedArgs.push(argumentsOf(src, c, a, yi, src.sheetName));
    const call = dialect.award(fn.name, args);
    const paid = paidBeforeFormula(a.oneTime, yi, paidNames(a), code, sum);
    const body = paid ? `IF(${paid},0,${call})` : call;
    const applies = a.claimed
      ? `AND(${applyNames[yi]},${claimedIn(dialect, c, a.item, src.inputs, yi)})`
      : applyNames[yi];
    out.put(a.row, yearCols[yi], {
      formula: `=IF(${applies},${body},0)`,
      style: "formula",
      format: YUAN_FORMAT,
    });
  });
}

/** A "code" award's code parameter and its input cells. */
function codeInput(c: Clause, item: number, inputs: InputIndex): CodeInput {
  const param = c.fn!.params.find((x) => x.name === c.oneTime!.param)!;
  return { param, names: inputs.get(c.id, param.name, item).names };
}

/** Whether an annual "up to" award is claimed in year `yi`: its claimed cell, or a typed request. */
function claimedIn(
  dialect: Dialect,
  c: Clause,
  item: number,
  inputs: InputIndex,
  yi: number
): string {
  const fn = c.fn!;
  const requests = fn.params
    .filter((p) => isMaximumRequest(fn, p))
    .map((p) => inputs.get(c.id, p.name, item).names[yi]);
  return dialect.claimed(inputs.get(c.id, "claimed", item).names[yi], requests);
}

/** The year(s) a row / code award was paid, as a formula: "one-time: paid in 2026". */
function writeOneTimeNote(
  { L, out, years, profile, oneTimeCol, dialect }: ScenarioContext,
  c: Clause,
  a: AwardLayout
): void {
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
    formula: `=IF(${dialect.sum(paid)}=0,${formulaLiteral(none)},${formulaLiteral(prefix)}&${list})`,
    style: "note",
  });
}

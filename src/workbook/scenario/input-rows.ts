/**
 * The rows of the assumptions block: a parameter's input (one row, or ITEM_ROWS for a range), a loan's
 * start year (for year_index) and the "claimed" row of an annual "up to" award. Each row carries the
 * parameter's help as its note, and gets a defined name per year.
 */
import type { ClauseFunction, ParamSpec } from "../../catalog/types";
import { grouped } from "../../format/money";
import {
  COUNT_FORMAT,
  QUANTITY_FORMAT,
  RATE_FORMAT,
  YUAN_FORMAT,
} from "../../format/number-formats";
import { documented } from "../../policies/texts";
import { isMaximumRequest, isUnitsCount } from "../../rules/one-time";
import type { CellStyle } from "../plan";
import { definedName } from "../plan";
import { t } from "../strings";
import { type ScenarioContext, cite } from "./context";
import { COL_HISTORY, COL_LABEL, ITEM_ROWS, type InputLayout, itemNameParts } from "./layout";
import type { ItemRow } from "./profile";
import { wiringOf } from "./wiring";

type History = "previous" | "maxBefore";

/** What kind of input a parameter is on the sheet. */
interface InputKind {
  /** The request of an "up to" award: blank = the cap. */
  maximum: boolean;
  /** The count of newly recognised units: blank = 0. */
  units: boolean;
  /** The literal written into every year's cell, if any. */
  literalDefault: ParamSpec["default"];
}

/** A parameter's help text, from the clause's prose (the scenario sheet's note on its input row). */
const help = (fn: ClauseFunction, p: ParamSpec) =>
  documented.functionOf(fn).params.find((q) => q.name === p.name)!.description;

export function formatOf(p: ParamSpec): string | undefined {
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

/** The loan's start year (a year_index argument is counted from it): one history cell, the first year. */
export function writeStartYearInput(
  ctx: ScenarioContext,
  { clause: c, item }: ItemRow,
  p: ParamSpec,
  row: number
): InputLayout {
  const { L, out, profile } = ctx;
  const fn = c.fn!;
  const label = t("loanStart", L, { fn: fn.name });
  const layout: InputLayout = {
    clauseId: c.id,
    item,
    fn: fn.name,
    param: "start_year",
    row,
    rows: 1,
    history: "startYear",
    required: true,
    names: [],
    beforeName: out.name(definedName(c.id, ...itemNameParts(item), "start_year"), row, COL_HISTORY),
    labels: [label],
  };
  out.put(row, COL_LABEL, { value: label, style: "label", note: help(fn, p)[L] });
  cite(ctx, row, c);
  out.put(row, COL_HISTORY, { value: profile.firstYear, style: "input", format: COUNT_FORMAT });
  return layout;
}

/** The "claimed" row of an annual "up to" award: blank = not claimed that year. */
export function writeClaimedInput(
  ctx: ScenarioContext,
  { clause: c, item }: ItemRow,
  row: number
): InputLayout {
  const { L, out, years, yearCols } = ctx;
  const fn = c.fn!;
  const label = t("claimedRow", L, { fn: fn.name });
  const layout: InputLayout = {
    clauseId: c.id,
    item,
    fn: fn.name,
    param: "claimed",
    row,
    rows: 1,
    required: false,
    names: years.map((y, i) =>
      out.name(definedName(c.id, ...itemNameParts(item), "claimed", y), row, yearCols[i])
    ),
    labels: [label],
  };
  out.put(row, COL_LABEL, { value: label, style: "label", note: t("noteClaimed", L) });
  cite(ctx, row, c);
  for (const col of yearCols) out.put(row, col, { style: "input" });
  return layout;
}

/** A parameter's input rows from `row`; `history` says what its history column holds, if anything. */
export function writeParamInput(
  ctx: ScenarioContext,
  it: ItemRow,
  p: ParamSpec,
  history: History | undefined,
  row: number
): InputLayout {
  const c = it.clause;
  const maximum = isMaximumRequest(c.fn!, p);
  const units = isUnitsCount(c, p);
  const kind: InputKind = {
    maximum,
    units,
    literalDefault: !maximum && !units && p.default !== undefined ? p.default : undefined,
  };
  const rows = p.kind === "amounts" ? ITEM_ROWS : 1;
  const note = inputNote(ctx, c.fn!, p, kind, history);
  const labels = inputLabels(ctx, c.fn!, p, kind, rows);
  const layout = nameInput(ctx, it, p, { row, rows, history, labels });
  const style: CellStyle =
    p.required && kind.literalDefault === undefined ? "input-required" : "input";
  const format = formatOf(p);
  for (let k = 0; k < rows; k++) {
    const r = row + k;
    ctx.out.put(r, COL_LABEL, { value: labels[k], style: "label", ...(k === 0 ? { note } : {}) });
    cite(ctx, r, c);
    if (history) ctx.out.put(r, COL_HISTORY, { style, ...(format ? { format } : {}) });
    for (const col of ctx.yearCols) {
      ctx.out.put(r, col, {
        ...(kind.literalDefault !== undefined ? { value: kind.literalDefault } : {}),
        style,
        ...(format ? { format } : {}),
      });
    }
  }
  return layout;
}

/** The input's layout, defining its names: per year (over all its item rows), per item, its history cell. */
function nameInput(
  { out, years, yearCols }: ScenarioContext,
  { clause: c, item }: ItemRow,
  p: ParamSpec,
  at: { row: number; rows: number; history: History | undefined; labels: string[] }
): InputLayout {
  const { row, rows, history, labels } = at;
  const base = [c.id, ...itemNameParts(item), p.name];
  return {
    clauseId: c.id,
    item,
    fn: c.fn!.name,
    param: p.name,
    row,
    rows,
    required: p.required,
    ...(history ? { history } : {}),
    names: years.map((y, i) => out.name(definedName(...base, y), row, yearCols[i], rows)),
    ...(rows > 1
      ? {
          itemNames: labels.map((_, k) =>
            years.map((y, i) =>
              out.name(definedName(...base, y, "item", k + 1), row + k, yearCols[i])
            )
          ),
        }
      : {}),
    ...(history
      ? { beforeName: out.name(definedName(...base, "before"), row, COL_HISTORY, rows) }
      : {}),
    labels,
  };
}

/** The note on an input's first row: the parameter's help, how a blank reads, and its history column. */
function inputNote(
  { L, profile }: ScenarioContext,
  fn: ClauseFunction,
  p: ParamSpec,
  kind: InputKind,
  history: History | undefined
): string {
  const parts = [help(fn, p)[L]];
  if (kind.maximum) parts.push(t("noteMaximum", L));
  else if (kind.units) parts.push(t("noteUnits", L));
  else if (p.required) parts.push(t("noteRequired", L));
  else
    parts.push(
      t("noteOptional", L, {
        default: p.default !== undefined ? String(p.default) : t("noneDefault", L),
      })
    );
  if (p.inPrinciple) parts.push(t("noteInPrinciple", L, { default: grouped(p.default as number) }));
  if (history) {
    const vars = {
      history: t("colHistory", L, { first: profile.firstYear }),
      first: profile.firstYear,
      param: fn.params.find((q) => wiringOf(q).kind === history)!.name,
    };
    parts.push(t(history === "previous" ? "noteHistoryPrevious" : "noteHistoryMax", L, vars));
  }
  return parts.join(" ");
}

/**
 * The label of each of an input's rows: "FN · param · short label (required)", or "FN · param · short label ·
 * item k" for a range — the identifier a formula uses, then the short label in the sheet's language that
 * zh-CN functions.json, EXPLAIN's errors and the calculator show.
 */
function inputLabels(
  { L }: ScenarioContext,
  fn: ClauseFunction,
  p: ParamSpec,
  kind: InputKind,
  rows: number
): string[] {
  const base = `${fn.name} · ${p.name} · ${p.label[L]}`;
  const tags = [
    ...(p.required ? [t("required", L)] : []),
    ...(kind.maximum ? [t("maximum", L)] : []),
    ...(kind.units ? [t("newlyRecognised", L)] : []),
  ];
  return Array.from({ length: rows }, (_, k) =>
    rows > 1
      ? t("itemRow", L, { label: base, k: k + 1 })
      : `${base}${tags.map((tag) => ` (${tag})`).join("")}`
  );
}

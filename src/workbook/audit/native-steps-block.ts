/**
 * The calculation steps of a native audit (issue 14): per clause and year a block of cells computed by the
 * clause's native twin stage by stage (src/native/steps.ts) — what a generated formula does, one cell per
 * argument read and per stage — instead of SUBSIDY.EXPLAIN. Each cap and room row also shows its limit,
 * the award without it and whether it binds (the award without it is larger); the binding cap is the last
 * such row, found by INDEX over the step labels (a "No cap binds" row closes the list and binds when no cap
 * does): no XLOOKUP, no MATCH with its wildcards. Blocks run down the sheet, one year under the other.
 *
 * Block layout (columns A–E): a header row (clause · function · year, then Limit, Without this cap, Binds),
 * one row per step (label, value), "No cap binds", the award before the floor at 0 and rounding, the award
 * (the twin's guard, MAX(0,·), ROUND to the fen, as in the scenario's cell), and the binding cap.
 */
import { range, ref } from "../../format/a1";
import { formulaLiteral } from "../../format/formula-literal";
import { grouped } from "../../format/money";
import { YUAN_FORMAT } from "../../format/number-formats";
import { type NativeStep, nativeSteps } from "../../native/steps";
import { formatOf } from "../scenario/input-rows";
import { type AwardLayout, awardKey } from "../scenario/layout";
import { t } from "../strings";
import { type AuditContext, section, sref, yearCol } from "./context";

const S_LABEL = 0;
const S_VALUE = 1;
const S_LIMIT = 2;
const S_WITHOUT = 3;
const S_BINDS = 4;

/** Where one native steps block is: its header row, first step row, and the rows the report reads back. */
export interface NativeStepsAt {
  headerRow: number;
  firstStepRow: number;
  /** Every step, in row order from firstStepRow. */
  steps: NativeStep[];
  noCapRow: number;
  bodyRow: number;
  awardRow: number;
  bindingRow: number;
  /** The column of the step values (labels are in column A). */
  valueCol: number;
}

/** The step blocks from `row`, filling each award's binding-cap row; returns their positions and the next free row. */
export function writeNativeSteps(
  ctx: AuditContext,
  row: number,
  bindingRow: Record<string, number>
): { stepsAt: Record<string, NativeStepsAt[]>; row: number } {
  section(ctx, row++, "sectionStepsNative");
  const stepsAt: Record<string, NativeStepsAt[]> = {};
  for (const a of ctx.sc.awards)
    stepsAt[awardKey(a)] = ctx.years.map((_, yi) => {
      const at = writeBlock(ctx, a, yi, row);
      const apply = ctx.sc.documents.find((d) => d.id === a.document)!.applyNames[yi];
      ctx.out.put(bindingRow[awardKey(a)], yearCol(yi), {
        formula: `=IF(${sref(ctx, apply)},${ref(at.bindingRow, S_VALUE)},${formulaLiteral(t("notApplied", ctx.L))})`,
        style: "formula",
      });
      row = at.bindingRow + 2;
      return at;
    });
  return { stepsAt, row };
}

/** A cap's or room's label: with its amount when the record fixes it, else by its number among the caps. */
function capLabel(ctx: AuditContext, s: NativeStep): string {
  const { L } = ctx;
  if (s.kind === "room")
    return s.cap === undefined
      ? t("stepRoomAt", L, { k: s.capNumber! })
      : t("stepRoom", L, { limit: grouped(s.cap) });
  return s.cap === undefined
    ? t("stepCapAt", L, { k: s.capNumber! })
    : t("stepCap", L, { limit: grouped(s.cap) });
}

const label = (ctx: AuditContext, s: NativeStep): string =>
  s.kind === "cap" || s.kind === "room" ? capLabel(ctx, s) : s.label[ctx.L];

/** One block: the twin of award `a` over its arguments of year `yi`, from `row`. */
function writeBlock(ctx: AuditContext, a: AwardLayout, yi: number, row: number): NativeStepsAt {
  const { L, out } = ctx;
  const { steps, body, award } = nativeSteps(a.fn, a.qualifiedArgs[yi]);
  const headerRow = row;
  const firstStepRow = row + 1;
  const cell = (k: number) => ref(firstStepRow + k, S_VALUE);
  const noCapRow = firstStepRow + steps.length;
  const bodyRow = noCapRow + 1;
  const awardRow = bodyRow + 1;
  const bindingRow = awardRow + 1;

  out.put(headerRow, S_LABEL, {
    value: t("stepsFor", L, { id: awardKey(a), fn: a.fn, year: ctx.years[yi] }),
    style: "header",
  });
  for (const [col, key] of [
    [S_LIMIT, "colLimit"],
    [S_WITHOUT, "colWithout"],
    [S_BINDS, "colBinds"],
  ] as const)
    out.put(headerRow, col, { value: t(key, L), style: "header" });

  // Each cap binds when the award without it is larger; its row's offset in the label list is k + 1.
  const binds: { cell: string; offset: number }[] = [];
  steps.forEach((s, k) => {
    const r = firstStepRow + k;
    out.put(r, S_LABEL, { value: label(ctx, s), style: "label" });
    const format =
      s.kind === "meets" ? undefined : s.kind === "input" ? formatOf(s.param!) : YUAN_FORMAT;
    out.put(r, S_VALUE, { formula: `=${s.value(cell)}`, style: "formula", format });
    if (!s.limit) return;
    out.put(r, S_LIMIT, { formula: `=${s.limit(cell)}`, style: "formula", format: YUAN_FORMAT });
    out.put(r, S_WITHOUT, {
      formula: `=${s.without!(cell)}`,
      style: "formula",
      format: YUAN_FORMAT,
    });
    out.put(r, S_BINDS, {
      formula: `=${ref(r, S_WITHOUT)}>${ref(bodyRow, S_VALUE)}`,
      style: "formula",
    });
    binds.push({ cell: ref(r, S_BINDS), offset: k + 1 });
  });

  out.put(noCapRow, S_LABEL, { value: t("stepNoCap", L), style: "label" });
  out.put(
    noCapRow,
    S_BINDS,
    binds.length === 0
      ? { value: true, style: "formula" }
      : { formula: `=AND(${binds.map((b) => `NOT(${b.cell})`).join(",")})`, style: "formula" }
  );
  binds.push({ cell: ref(noCapRow, S_BINDS), offset: steps.length + 1 });

  out.put(bodyRow, S_LABEL, { value: t("stepBeforeRounding", L), style: "label" });
  out.put(bodyRow, S_VALUE, { formula: `=${body(cell)}`, style: "formula", format: YUAN_FORMAT });
  out.put(awardRow, S_LABEL, { value: t("stepAward", L), style: "total" });
  out.put(awardRow, S_VALUE, {
    formula: `=${award(ref(bodyRow, S_VALUE))}`,
    style: "total",
    format: YUAN_FORMAT,
  });
  // The last row whose Binds is TRUE: N(TRUE) = 1 in every host, so MAX of N(binds) × offset is its offset.
  const labels = range(firstStepRow, S_LABEL, noCapRow, S_LABEL);
  const last = `MAX(${binds.map((b) => `N(${b.cell})*${b.offset}`).join(",")})`;
  out.put(bindingRow, S_LABEL, { value: t("stepBindingCap", L), style: "label" });
  out.put(bindingRow, S_VALUE, { formula: `=INDEX(${labels},${last})`, style: "formula" });
  return {
    headerRow,
    firstStepRow,
    steps,
    noCapRow,
    bodyRow,
    awardRow,
    bindingRow,
    valueCol: S_VALUE,
  };
}

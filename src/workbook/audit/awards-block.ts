/**
 * The audit's award blocks, one row per award each: the awards before stacking, the counted amounts after
 * it and the stacked total, the stacking decision per year, and the rows for the binding cap per year
 * (filled by the steps block once the EXPLAIN blocks' positions are known).
 */
import { ref } from "../../format/a1";
import { formulaLiteral } from "../../format/formula-literal";
import { YUAN_FORMAT } from "../../format/number-formats";
import { groupByClauseId } from "../../rules/overlap-groups";
import { type AwardLayout, awardKey } from "../scenario/layout";
import { type StringKey, t } from "../strings";
import {
  A_CLAUSE,
  A_EXTRA,
  A_LABEL,
  type AuditContext,
  section,
  sref,
  yearCol,
  yearHeader,
} from "./context";

/** The rows the award blocks wrote, by clause id (and the stacked total's row). */
export interface AwardRows {
  rawRow: Record<string, number>;
  countedRow: Record<string, number>;
  stackRow: number;
  decisionRow: Record<string, number>;
  bindingRow: Record<string, number>;
}

/** A block of one row per award from `row`: heading, year header, then `body` fills each award's row. */
function perAward(
  ctx: AuditContext,
  row: number,
  key: StringKey,
  body: (a: AwardLayout, r: number) => void
): { rows: Record<string, number>; row: number } {
  const { out } = ctx;
  section(ctx, row++, key);
  yearHeader(ctx, row++, t("colGroup", ctx.L));
  const rows: Record<string, number> = {};
  for (const a of ctx.sc.awards) {
    out.put(row, A_LABEL, { value: a.fn, style: "label" });
    out.put(row, A_CLAUSE, { value: awardKey(a), style: "citation" });
    if (a.group) out.put(row, A_EXTRA, { value: a.group, style: "citation" });
    rows[awardKey(a)] = row;
    body(a, row);
    row++;
  }
  return { rows, row };
}

/** Per year, a formula reading one scenario name per year into the award's row. */
const mirrorYears = (ctx: AuditContext, r: number, names: string[]) =>
  ctx.years.forEach((_, yi) =>
    ctx.out.put(r, yearCol(yi), {
      formula: `=${sref(ctx, names[yi])}`,
      style: "formula",
      format: YUAN_FORMAT,
    })
  );

/** The award blocks from `row`; returns their rows and the next free row. */
export function writeAwards(ctx: AuditContext, row: number): { rows: AwardRows; row: number } {
  const { L, out } = ctx;
  const raw = perAward(ctx, row, "sectionRaw", (a, r) => mirrorYears(ctx, r, a.names));
  const counted = perAward(ctx, raw.row + 1, "sectionCountedAudit", (a, r) =>
    mirrorYears(ctx, r, a.countedNames)
  );
  const stackRow = counted.row;
  out.put(stackRow, A_LABEL, { value: t("stackTotal", L), style: "total" });
  ctx.years.forEach((_, yi) =>
    out.put(stackRow, yearCol(yi), {
      formula: `=${sref(ctx, ctx.sc.stackNames[yi])}`,
      style: "total",
      format: YUAN_FORMAT,
    })
  );
  const decision = perAward(ctx, stackRow + 2, "sectionDecisions", (a, r) =>
    writeDecision(ctx, a, r, raw.rows[awardKey(a)], counted.rows[awardKey(a)])
  );
  const binding = perAward(ctx, decision.row + 1, "sectionBinding", () => undefined);
  return {
    rows: {
      rawRow: raw.rows,
      countedRow: counted.rows,
      stackRow,
      decisionRow: decision.rows,
      bindingRow: binding.rows,
    },
    row: binding.row + 1,
  };
}

/** The stacking decision per year: no award, counted, or dropped (in kind, or a larger award of its group). */
function writeDecision(
  ctx: AuditContext,
  a: AwardLayout,
  r: number,
  rawRow: number,
  countedRow: number
): void {
  const { L } = ctx;
  const dropped = a.inKind
    ? t("decisionInKind", L)
    : t("decisionDropped", L, { group: groupByClauseId.get(a.clauseId)?.id ?? "" });
  ctx.years.forEach((_, yi) => {
    const raw = ref(rawRow, yearCol(yi));
    const counted = ref(countedRow, yearCol(yi));
    ctx.out.put(r, yearCol(yi), {
      formula: `=IF(${raw}=0,${formulaLiteral(t("decisionNoAward", L))},IF(${counted}=0,${formulaLiteral(dropped)},${formulaLiteral(t("decisionCounted", L))}))`,
      style: "formula",
    });
  });
}

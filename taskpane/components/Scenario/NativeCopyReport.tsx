/**
 * What "Copy sheet with native formulas" came to (issue 14): the new sheet, how many SUBSIDY calls became
 * native formulas or constants, every cell that still calls SUBSIDY.* with why, the cells whose EXPLAIN
 * values were copied as they were, and whether spills could be read.
 */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { CopyEntry, NativeCopyReport as Report } from "../../../src";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

/** Cells listed one by one before the rest are only counted, so the bar stays readable on a big sheet. */
export const LISTED_CELLS = 8;

export function NativeCopyReport({
  sheet,
  original,
  report,
}: {
  sheet: string;
  original: string;
  report: Report;
}) {
  const s = useStyles();
  const { t } = useI18n();
  const n = t.native;
  const count = (outcome: CopyEntry["outcome"]) =>
    report.entries.filter((e) => e.outcome === outcome).length;
  const explained = report.entries.filter((e) => e.outcome === "values").map((e) => e.cell);
  // Why each cell kept a call, by cell (a cell may keep several calls for different reasons).
  const reasons = new Map<string, Set<string>>();
  for (const e of report.entries)
    if (e.outcome === "kept" && e.reason)
      reasons.set(e.cell, (reasons.get(e.cell) ?? new Set()).add(n.reasons[e.reason]));
  const listed = report.remaining.slice(0, LISTED_CELLS);
  return (
    <MessageBar intent={report.remaining.length === 0 ? "success" : "warning"} layout="multiline">
      <MessageBarBody>
        <div>{n.copied(sheet, original)}</div>
        <div>{n.converted(count("twin"), count("literal"))}</div>
        {report.remaining.length === 0 ? (
          <div>{n.noneRemaining}</div>
        ) : (
          <>
            <div>{n.remaining(report.remaining.length)}</div>
            <ul className={s.list}>
              {listed.map((r) => {
                const why = [...(reasons.get(r.cell) ?? [])].join("; ");
                const calls = r.functions.map((f) => `SUBSIDY.${f}`).join(", ");
                return (
                  <li key={r.cell}>
                    {n.remainingCell(r.cell, calls)}
                    {why && ` (${why})`}
                  </li>
                );
              })}
            </ul>
            {report.remaining.length > listed.length && (
              <div>{n.more(report.remaining.length - listed.length)}</div>
            )}
          </>
        )}
        {explained.length > 0 && <div>{n.explained(explained.join(", "))}</div>}
        {!report.spillsChecked && <div>{n.spillsUnchecked}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * "Insert formula" and "Insert input block". Both go through insert/plan.ts: a target that is not free
 * (contents, a merge's hidden cells, another formula's spill) is never written; the pane says so and why,
 * proposes the block below the filled cells of its columns, written only when the user confirms, and
 * says which checks this Excel could not make. "Native formula" writes either as the clause function's
 * native twin (issue 14), which computes without the add-in.
 */
import {
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ClauseFunction, FormulaMode } from "../../../src";
import { formatRange } from "../../host/address";
import { useHostState } from "../../host/context";
import type { Blocker, CellRef, UncheckedBlocker } from "../../host/types";
import { inputBlock } from "../../insert/block";
import { formulaBlock, nativeLiteralProblem } from "../../insert/formula";
import { type Block, insertBlock } from "../../insert/plan";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "written"; address: string; unchecked: UncheckedBlocker[] }
  | {
      kind: "occupied";
      target: string;
      block: Block;
      proposal: CellRef | null;
      blockedBy: Blocker[];
      unchecked: UncheckedBlocker[];
    }
  | { kind: "failed"; message: string };

const rangeOf = (at: CellRef, block: Block) =>
  formatRange({ ...at, rows: block.rows, cols: block.cols });

/** What the last insert came to: written, or the target was not free (with the block below proposed), or failed. */
function InsertStatusMessages({
  status,
  onWrite,
  onCancel,
}: {
  status: Status;
  onWrite(block: Block, at: CellRef): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <>
      {status.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>{t.insert.wrote(status.address)}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "occupied" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {status.proposal
              ? t.insert.occupied(status.target, rangeOf(status.proposal, status.block))
              : t.insert.noRoom(status.target)}
            {status.blockedBy.map((by) =>
              by === "content" ? null : <div key={by}>{t.insert.blockedBy[by]}</div>
            )}
          </MessageBarBody>
          <MessageBarActions>
            {status.proposal && (
              <Button
                size="small"
                appearance="primary"
                onClick={() => onWrite(status.block, status.proposal!)}
              >
                {t.insert.insertAt(rangeOf(status.proposal, status.block))}
              </Button>
            )}
            <Button size="small" onClick={onCancel}>
              {t.insert.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {(status.kind === "written" || status.kind === "occupied") &&
        status.unchecked.map((what) => (
          <MessageBar key={what} intent="info" layout="multiline">
            <MessageBarBody>{t.insert.unchecked[what]}</MessageBarBody>
          </MessageBar>
        ))}
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.insert.failed}: {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

// Longer than 60 lines: the write and its status belong together; what remains is the two buttons' markup.
export function InsertPanel({ fn, rawArgs }: { fn: ClauseFunction; rawArgs: readonly unknown[] }) {
  const s = useStyles();
  const { t } = useI18n();
  const hostState = useHostState();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [formulas, setFormulas] = useState<FormulaMode>("addin");
  const host = hostState.mode === "connecting" ? undefined : hostState.host;
  // Only the bare formula can fail natively (its literals repeated past Excel's limits); the block refers to cells.
  const tooLong = useMemo(
    () => formulas === "native" && nativeLiteralProblem(fn, rawArgs) !== undefined,
    [formulas, fn, rawArgs]
  );

  async function write(block: Block, at?: CellRef) {
    if (!host) return;
    setStatus({ kind: "busy" });
    try {
      const target = at ?? (await host.getActiveCell());
      const plan = await insertBlock(host, target, block);
      setStatus(
        plan.kind === "free"
          ? { kind: "written", address: rangeOf(target, block), unchecked: plan.unchecked }
          : {
              kind: "occupied",
              target: rangeOf(target, block),
              block,
              proposal: plan.proposal,
              blockedBy: plan.blockedBy,
              unchecked: plan.unchecked,
            }
      );
    } catch (e) {
      setStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }

  const blockText = {
    unit: (p: ClauseFunction["params"][number]) => t.units[p.unit],
    award: t.insert.awardLabel,
    yuan: t.units.yuan,
    omitted: t.insert.omittedNote,
  };
  const busy = status.kind === "busy";

  return (
    <section className={s.root} aria-label={t.insert.title}>
      <Subtitle2 as="h3" className={s.title}>
        {t.insert.title}
      </Subtitle2>
      <div className={s.buttons}>
        <Button
          appearance="primary"
          size="small"
          disabled={!host || busy || tooLong}
          onClick={() => write(formulaBlock(fn, rawArgs, formulas))}
        >
          {t.insert.formula}
        </Button>
        <Button
          size="small"
          disabled={!host || busy}
          onClick={() => write(inputBlock(fn, rawArgs, blockText, formulas))}
        >
          {t.insert.block}
        </Button>
      </div>
      <Checkbox
        label={t.native.insertOption}
        checked={formulas === "native"}
        onChange={(_, data) => setFormulas(data.checked === true ? "native" : "addin")}
      />
      <Caption1 className={s.hint}>{host ? t.insert.hint : t.insert.waiting}</Caption1>
      {formulas === "native" && (
        <Caption1 className={s.hint}>
          {tooLong ? t.native.formulaTooLong : t.native.insertHint}
        </Caption1>
      )}
      <InsertStatusMessages
        status={status}
        onWrite={write}
        onCancel={() => setStatus({ kind: "idle" })}
      />
    </section>
  );
}

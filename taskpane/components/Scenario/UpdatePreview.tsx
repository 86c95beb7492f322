/**
 * What "Update scenario" would change, shown before anything is written: each award cell and yearly
 * stacked total whose value changes (old read from the sheet, new computed), the typed inputs kept and
 * those with no place on the new sheet; "Write updated sheet" writes a new sheet, "Cancel" nothing.
 */
import {
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type AwardValue, changed } from "../../../src";
import { useI18n } from "../../i18n";
import type { UpdatePreview as Preview } from "../../views/scenario-update";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const yuan = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function UpdatePreview(props: {
  preview: Preview;
  busy: boolean;
  onWrite(): void;
  onCancel(): void;
}) {
  const s = useStyles();
  const { t } = useI18n();
  const { preview } = props;
  const rows = preview.diff.filter(changed);
  const shown = (v: AwardValue | undefined) =>
    v === undefined || v === null ? t.persist.absent : typeof v === "number" ? yuan.format(v) : v;
  const byLabel = preview.carried.carried.filter((c) => c.by === "label").length;
  const dropped = preview.carried.dropped
    .map(
      ({ input: i }) =>
        `${i.row ? t.persist.itemRow(i.clauseId, i.row) : i.clauseId} ${i.param} ${i.year}${i.item ? ` #${i.item}` : ""}`
    )
    .join("; ");
  return (
    <section className={s.root} aria-label={t.persist.diffTitle(preview.stored.sheet)}>
      <Subtitle2 as="h3" className={s.title}>
        {t.persist.diffTitle(preview.stored.sheet)}
      </Subtitle2>
      <Caption1>{t.persist.kept(preview.carried.inputs.length, byLabel)}</Caption1>
      {dropped && <Caption1>{t.persist.dropped(dropped)}</Caption1>}
      {rows.length === 0 ? (
        <Caption1>{t.persist.noChange}</Caption1>
      ) : (
        <Table size="extra-small" aria-label={t.persist.diffCaption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.persist.cell}</TableHeaderCell>
              <TableHeaderCell>{t.persist.clause}</TableHeaderCell>
              <TableHeaderCell>{t.persist.year}</TableHeaderCell>
              <TableHeaderCell className={s.number}>{t.persist.oldValue}</TableHeaderCell>
              <TableHeaderCell className={s.number}>{t.persist.newValue}</TableHeaderCell>
              <TableHeaderCell className={s.number}>{t.persist.change}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={`${r.clauseId ?? "total"}-${r.item ?? 1}-${r.year}`}>
                <TableCell>
                  {r.oldCell ?? t.persist.absent} → {r.newCell ?? t.persist.absent}
                </TableCell>
                <TableCell>
                  {r.clauseId === undefined
                    ? t.persist.total
                    : r.item !== undefined
                      ? t.persist.itemRow(r.clauseId, r.item)
                      : r.clauseId}
                </TableCell>
                <TableCell>{r.year}</TableCell>
                <TableCell className={s.number}>{shown(r.old)}</TableCell>
                <TableCell className={s.number}>{shown(r.new)}</TableCell>
                <TableCell className={s.number}>
                  {r.change === undefined
                    ? t.persist.absent
                    : `${r.change > 0 ? "+" : ""}${yuan.format(r.change)}`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {preview.diff.length > rows.length && (
        <Caption1 className={s.muted}>
          {t.persist.unchangedHidden(preview.diff.length - rows.length)}
        </Caption1>
      )}
      <Caption1 className={s.muted}>{t.persist.writeHint}</Caption1>
      <div className={s.buttons}>
        <Button appearance="primary" size="small" disabled={props.busy} onClick={props.onWrite}>
          {t.persist.write}
        </Button>
        <Button size="small" disabled={props.busy} onClick={props.onCancel}>
          {t.persist.cancel}
        </Button>
      </div>
    </section>
  );
}

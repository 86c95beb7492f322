/** One tickable clause of the picker: id, function name, draft badge, summary and overlap group. */
import { Badge, Button, Caption1, Checkbox } from "@fluentui/react-components";
import type { Clause } from "../../../src";
import { useI18n } from "../../i18n";
import { MAX_ITEM_ROWS, overlapOf } from "../../scenario/form";
import { useStyles } from "./ClausePicker.styles";

export function ClauseItem({
  clause,
  draft,
  checked,
  onToggle,
  itemRows = 1,
  onItemRows,
}: {
  clause: Clause;
  draft: boolean;
  checked: boolean;
  onToggle(on: boolean): void;
  /** How many item rows (award rows) the clause gets on the sheet. */
  itemRows?: number;
  /** "Add item row" (+1) / "Remove item row" (-1). */
  onItemRows?(delta: 1 | -1): void;
}) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const overlap = overlapOf(clause.id);
  const inputId = `scenario-clause-${clause.id}`;
  return (
    <li className={s.item}>
      <Checkbox
        className={s.checkbox}
        id={inputId}
        checked={checked}
        onChange={(_, d) => onToggle(d.checked === true)}
        aria-describedby={`${inputId}-summary`}
      />
      <div className={s.itemBody}>
        <label htmlFor={inputId} className={s.label}>
          <span className={s.id}>{clause.id}</span>
          <span className={s.fn}>{clause.fn!.name}</span>
          {draft && (
            <Badge size="small" appearance="filled" color="warning" title={t.scenario.draftTitle}>
              {t.scenario.draft}
            </Badge>
          )}
        </label>
        <span id={`${inputId}-summary`} className={s.summary}>
          {pick(clause.summary)}
        </span>
        {overlap && (
          <span className={s.overlap}>
            {t.scenario.overlaps(overlap.others.join(", "), overlap.group.id)}
            {overlap.group.sharedCap && ` · ${t.scenario.sharedCap[overlap.group.sharedCap]}`}
          </span>
        )}
        {checked && onItemRows && (
          <span className={s.overlap}>
            {itemRows > 1 && (
              <Caption1 id={`${inputId}-items`}>{t.itemRows.count(itemRows)} </Caption1>
            )}
            <Button
              size="small"
              appearance="subtle"
              aria-label={t.itemRows.addFor(clause.id)}
              disabled={itemRows >= MAX_ITEM_ROWS}
              onClick={() => onItemRows(1)}
            >
              {t.itemRows.add}
            </Button>
            {itemRows > 1 && (
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.itemRows.removeFor(clause.id)}
                onClick={() => onItemRows(-1)}
              >
                {t.itemRows.remove}
              </Button>
            )}
          </span>
        )}
      </div>
    </li>
  );
}

/** One tickable clause of the picker: id, function name, draft badge, summary and overlap group. */
import { Badge, Checkbox } from "@fluentui/react-components";
import type { Clause } from "../../../src";
import { useI18n } from "../../i18n";
import { overlapOf } from "../../scenario/form";
import { useStyles } from "./ClausePicker.styles";

export function ClauseItem({
  clause,
  draft,
  checked,
  onToggle,
}: {
  clause: Clause;
  draft: boolean;
  checked: boolean;
  onToggle(on: boolean): void;
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
      </div>
    </li>
  );
}

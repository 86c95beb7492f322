/** A clause in the list: id, number as written, function name and summary; activating it opens the clause. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ClauseRecord } from "../../../src/records";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    background: "none",
    textAlign: "start",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  id: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  fn: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  summary: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
});

export function ClauseRow({ clause, onOpen }: { clause: ClauseRecord; onOpen(id: string): void }) {
  const s = useStyles();
  const { t, pick } = useI18n();
  return (
    <button
      type="button"
      id={`clause-${clause.id}`}
      className={s.row}
      onClick={() => onOpen(clause.id)}
    >
      <span className={s.head}>
        <span className={s.id}>{clause.id}</span>
        {clause.fn && <span className={s.fn}>{clause.fn.name}</span>}
        <Caption1 className={s.muted}>
          {clause.numberAsWritten} · {t.categories[clause.category]}
        </Caption1>
      </span>
      <span className={s.summary}>{pick(clause.summary)}</span>
    </button>
  );
}

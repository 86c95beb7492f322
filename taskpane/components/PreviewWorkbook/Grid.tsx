/** The preview sheet as a small grid of computed values; clicking a cell makes it the active cell. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { a1, columnName } from "../../host/address";
import type { MemoryWorkbook } from "../../host/memory";
import { useI18n } from "../../i18n";
import { cellText } from "./cellText";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "420px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "fixed",
  },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    minWidth: "28px",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    width: "88px",
    maxWidth: "160px",
    height: "20px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    cursor: "cell",
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1, textAlign: "center" },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

export function Grid({ workbook }: { workbook: MemoryWorkbook }) {
  const s = useStyles();
  const { t } = useI18n();
  const used = workbook.extent();
  const rows = Math.max(used.rows + 3, 12);
  const cols = Math.max(used.cols + 1, 5);
  const active = workbook.activeCell();

  return (
    <div className={s.scroller}>
      <table className={s.table} aria-label={t.preview.grid}>
        <thead>
          <tr>
            <th className={s.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={s.head} scope="col">
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={s.head} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const computed = workbook.value(r, c);
                const content = workbook.content(r, c);
                const isNumber = computed.kind === "value" && typeof computed.value === "number";
                return (
                  <td
                    key={c}
                    data-address={a1(r, c)}
                    title={
                      computed.kind === "error"
                        ? `${computed.code} ${computed.message ?? ""}`
                        : content?.formula
                    }
                    className={mergeClasses(
                      s.cell,
                      isNumber && s.number,
                      computed.kind === "error" && s.error,
                      r === active.row && c === active.col && s.active
                    )}
                    onClick={() => workbook.setActiveCell(r, c)}
                  >
                    {cellText(computed, content?.numberFormat, t.preview.pending)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

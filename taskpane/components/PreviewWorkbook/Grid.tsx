/**
 * The active preview sheet as a grid of computed values; clicking a cell makes it the active cell. A
 * sheet written from a plan looks as in Excel: its column widths, frozen header rows (sticky here), and
 * the plan's cell styles from host/plan.ts, the same table the Excel host applies.
 */
import { type GriffelStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CSSProperties, KeyboardEvent } from "react";
import { columnName, ref } from "../../../src";
import type { MemoryWorkbook } from "../../host/memory";
import {
  BORDER_COLOR,
  type CellStyle,
  STYLE_FORMATS,
  type StyleFormat,
  widthPixels,
} from "../../host/plan";
import { useI18n } from "../../i18n";
import { cellText } from "./cellText";

/** Row height in pixels (fixed, so frozen rows can stick at known offsets). */
const ROW_HEIGHT = 22;
const DEFAULT_WIDTH = 88;
const HEADER_WIDTH = 36;
/** A column as wide as in Excel, but at most 60% of a narrow window (a task pane), so two fit side by side. */
const columnWidth = (px: number) => `min(${px}px, 60vw)`;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "420px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (min-width: 880px)": { maxHeight: "calc(100vh - 190px)" },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "fixed",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  rowHead: { position: "sticky", left: 0, zIndex: 1, textAlign: "end" },
  corner: { left: 0, zIndex: 3 },
  cell: {
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    cursor: "cell",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  frozen: { position: "sticky", zIndex: 1 },
  frozenEdge: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1, textAlign: "center" },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

function css(f: StyleFormat): GriffelStyle {
  return {
    ...(f.bold ? { fontWeight: tokens.fontWeightSemibold } : {}),
    ...(f.italic ? { fontStyle: "italic" } : {}),
    // The grid's 12 px stands for Excel's 11 pt.
    ...(f.size ? { fontSize: `${Math.round((f.size * 12) / 11)}px` } : {}),
    ...(f.color ? { color: f.color } : {}),
    ...(f.fill ? { backgroundColor: f.fill } : {}),
    ...(f.borderTop ? { borderTop: `${tokens.strokeWidthThin} solid ${BORDER_COLOR}` } : {}),
    ...(f.borderBottom ? { borderBottom: `${tokens.strokeWidthThin} solid ${BORDER_COLOR}` } : {}),
  };
}

const useCellStyles = makeStyles(
  Object.fromEntries(
    Object.entries(STYLE_FORMATS).map(([style, format]) => [style, css(format)])
  ) as Record<CellStyle, GriffelStyle>
);

/** The column widths and the header row of letters (kept in view while the grid scrolls). */
function GridHead({ widths }: { widths: number[] }) {
  const s = useStyles();
  return (
    <>
      <colgroup>
        <col style={{ width: HEADER_WIDTH }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: columnWidth(w) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {/* The corner heads neither a row nor a column: a plain cell, so no header is left without text. */}
          <td className={mergeClasses(s.head, s.corner)} />
          {widths.map((_, c) => (
            <th key={c} className={s.head} scope="col">
              {columnName(c)}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** A cell's tooltip: its error, else its formula, else its note, else its text when too long to show. */
function cellTitle(
  computed: ReturnType<MemoryWorkbook["value"]>,
  content: ReturnType<MemoryWorkbook["content"]>,
  text: string,
  spill: string
): string | undefined {
  if (computed.kind === "error")
    return computed.code === "#SPILL!" ? spill : `${computed.code} ${computed.message ?? ""}`;
  return content?.formula ?? content?.note ?? (text.length > 12 ? text : undefined);
}

/** Where each arrow key moves the active cell (a step of one row or column, as in Excel). */
const ARROW_STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The keyboard's way to select a cell: with the grid focused, an arrow key moves the active cell, and the
 * cell scrolls into view; at the first row or column it stays.
 */
function moveWithArrows(workbook: MemoryWorkbook, event: KeyboardEvent<HTMLDivElement>): void {
  const step = ARROW_STEPS[event.key];
  if (!step) return;
  event.preventDefault();
  const { row, col } = workbook.activeCell();
  const next = { row: Math.max(0, row + step[0]), col: Math.max(0, col + step[1]) };
  workbook.setActiveCell(next.row, next.col);
  const scroller = event.currentTarget;
  requestAnimationFrame(() =>
    scroller
      .querySelector(`td[data-address="${ref(next.row, next.col)}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" })
  );
}

// Longer than 60 lines: one table's markup; a cell stays inline, as a component it would run the style hooks once per cell.
export function Grid({ workbook }: { workbook: MemoryWorkbook }) {
  const s = useStyles();
  const styles = useCellStyles();
  const { t } = useI18n();
  const used = workbook.shownExtent();
  const rows = Math.max(used.rows + 3, 12);
  const cols = Math.max(used.cols + 1, 5);
  const active = workbook.activeCell();
  const { freezeRows, columnWidths } = workbook.layout();
  const widths = Array.from({ length: cols }, (_, c) =>
    columnWidths[c] !== undefined ? widthPixels(columnWidths[c]) : DEFAULT_WIDTH
  );
  const frozenTop = (r: number): CSSProperties | undefined =>
    r < freezeRows ? { top: (r + 1) * ROW_HEIGHT } : undefined;

  return (
    // It scrolls, so it takes focus (the keyboard scrolls it), and arrow keys move the active cell.
    <div
      className={s.scroller}
      tabIndex={0}
      role="group"
      aria-label={t.keyboard.grid}
      onKeyDown={(e) => moveWithArrows(workbook, e)}
    >
      <table
        className={s.table}
        aria-label={t.preview.grid}
        style={{ width: `calc(${HEADER_WIDTH}px + ${widths.map(columnWidth).join(" + ")})` }}
      >
        <GridHead widths={widths} />
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th
                className={mergeClasses(s.head, s.rowHead)}
                scope="row"
                style={r < freezeRows ? { ...frozenTop(r), zIndex: 3 } : { top: "auto" }}
              >
                {r + 1}
              </th>
              {widths.map((_, c) => {
                const computed = workbook.value(r, c);
                const content = workbook.content(r, c);
                const isNumber = computed.kind === "value" && typeof computed.value === "number";
                const text = cellText(computed, content?.numberFormat, t.preview.pending);
                return (
                  <td
                    key={c}
                    data-address={ref(r, c)}
                    title={cellTitle(computed, content, text, t.preview.spill)}
                    className={mergeClasses(
                      s.cell,
                      content?.style && styles[content.style],
                      isNumber && s.number,
                      computed.kind === "error" && s.error,
                      r < freezeRows && s.frozen,
                      r === freezeRows - 1 && s.frozenEdge,
                      r === active.row && c === active.col && s.active
                    )}
                    style={frozenTop(r)}
                    onClick={() => workbook.setActiveCell(r, c)}
                  >
                    {text}
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

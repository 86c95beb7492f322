/**
 * The active preview sheet's charts (a plan's ChartPlan: the scenario's yearly totals stacked by
 * document), drawn beside the grid from the computed cell values as a small SVG, as Excel draws them on
 * the sheet. To assistive technology each is one image named "Chart: yearly totals by document"; the
 * numbers themselves are the grid's cells, and each segment's tooltip gives its value.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { YUAN_FORMAT, formatNumber } from "../../../src";
import type { ChartPlan } from "../../../src";
import type { MemoryWorkbook } from "../../host/memory";
import { useI18n } from "../../i18n";
import { type ChartColumn, chartColumns } from "./chartColumns";

const PALETTE = [
  tokens.colorPaletteRoyalBlueBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteLavenderBorderActive,
];
const HEIGHT = 200;
const PLOT = { top: 24, bottom: 24, left: 8 };
const COLUMN = 80;
const BAR = 40;

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  svg: { width: "100%", height: "auto" },
  title: { fontWeight: tokens.fontWeightSemibold },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginInlineEnd: tokens.spacingHorizontalXS,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

const colorOf = (chart: ChartPlan, series: string) =>
  PALETTE[chart.seriesNames.indexOf(series) % PALETTE.length];

/** One column: its stacked segments, its total (or error code) above it and its year below. */
function Column({
  chart,
  column,
  x,
  scale,
}: {
  chart: ChartPlan;
  column: ChartColumn;
  x: number;
  scale: number;
}) {
  const { t } = useI18n();
  const bottom = HEIGHT - PLOT.bottom;
  const mid = x + COLUMN / 2;
  const label = column.error
    ? t.sheetChart.error(column.error)
    : formatNumber(column.total, YUAN_FORMAT);
  return (
    <g data-category={column.category}>
      {!column.error &&
        column.segments.map((s) => (
          <rect
            key={s.series}
            data-series={s.series}
            data-value={s.value}
            x={mid - BAR / 2}
            width={BAR}
            y={bottom - (s.base + s.value) * scale}
            height={Math.max(s.value * scale, 0.5)}
            style={{ fill: colorOf(chart, s.series) }}
          >
            <title>{`${s.series}, ${column.category}: ${formatNumber(s.value, YUAN_FORMAT)}`}</title>
          </rect>
        ))}
      <text
        x={mid}
        y={bottom - (column.error ? 0 : column.total * scale) - 4}
        textAnchor="middle"
        fontSize={9}
        style={{
          fill: column.error ? tokens.colorPaletteRedForeground1 : tokens.colorNeutralForeground2,
        }}
      >
        {label}
      </text>
      <text
        x={mid}
        y={HEIGHT - 8}
        textAnchor="middle"
        fontSize={10}
        style={{ fill: tokens.colorNeutralForeground2 }}
      >
        {column.category}
      </text>
    </g>
  );
}

function SheetChart({ workbook, chart }: { workbook: MemoryWorkbook; chart: ChartPlan }) {
  const s = useStyles();
  const { t } = useI18n();
  const columns = chartColumns(chart, (row, col) => workbook.value(row, col));
  const pending = columns.some((c) => c.pending);
  const max = Math.max(0, ...columns.map((c) => (c.error ? 0 : c.total)));
  const scale = max > 0 ? (HEIGHT - PLOT.top - PLOT.bottom) / max : 0;
  const width = PLOT.left * 2 + COLUMN * columns.length;
  return (
    <figure className={s.figure}>
      {/* The title is the sheet's, in its profile's language like its cells: sheet content, not pane UI. */}
      <Caption1 className={s.title} data-sheet-content>
        {chart.title}
      </Caption1>
      {pending ? (
        <Caption1 className={s.note}>{t.sheetChart.pending}</Caption1>
      ) : (
        <svg
          className={s.svg}
          // At most 1.5 × its drawing size: a wide window shows it beside the pane, not across it.
          style={{ maxWidth: `${width * 1.5}px` }}
          role="img"
          aria-label={t.sheetChart.name}
          viewBox={`0 0 ${width} ${HEIGHT}`}
        >
          <line
            x1={PLOT.left}
            x2={width - PLOT.left}
            y1={HEIGHT - PLOT.bottom}
            y2={HEIGHT - PLOT.bottom}
            style={{ stroke: tokens.colorNeutralStroke1 }}
          />
          {columns.map((column, k) => (
            <Column
              key={k}
              chart={chart}
              column={column}
              x={PLOT.left + k * COLUMN}
              scale={scale}
            />
          ))}
        </svg>
      )}
      <ul className={s.legend} aria-label={t.sheetChart.series}>
        {chart.seriesNames.map((name) => (
          <li key={name}>
            <span
              className={s.swatch}
              style={{ backgroundColor: colorOf(chart, name) }}
              aria-hidden
            />
            {name}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The charts of the active sheet, if its plan had any. */
export function SheetCharts({ workbook }: { workbook: MemoryWorkbook }) {
  const { charts } = workbook.layout();
  if (!charts?.length) return null;
  return (
    <>
      {charts.map((chart, i) => (
        <SheetChart key={i} workbook={workbook} chart={chart} />
      ))}
    </>
  );
}

/**
 * The chart of an award curve, in its own chunk (`award-chart`): @fluentui/react-charts' LineChart with the
 * engine's samples as the line, the breakpoints and the calculator's input as markers. Samples the engine
 * refuses (a request inside a band's gap) are left out and the line is broken there. No axis titles: LineChart
 * gives each a Fluent Tooltip whose portal, even hidden, covers the top of the page and swallows clicks on the
 * pane's header; the clause detail names the axes in a caption instead.
 */
import { LineChart, type LineChartGap, type LineChartPoints } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { AwardCurve } from "../../../src";
import { useI18n } from "../../i18n";

/**
 * The award axis's labels: compact in the pane's language (2.4M; 240万), and none below zero — LineChart pads
 * the axis under the lowest marker (a breakpoint at 0), but no award is negative.
 */
export function awardTickFormat(locale: string): (value: number) => string {
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (value) => (value < 0 ? "" : compact.format(value));
}

export function CurveChart({ curve }: { curve: AwardCurve }) {
  const { t, locale } = useI18n();
  const culture = locale === "zh-CN" ? "zh-CN" : "en-US";
  const data: { x: number; y: number }[] = [];
  const gaps: LineChartGap[] = [];
  let broken = false;
  for (const p of curve.points) {
    if (p.award === null) {
      broken = data.length > 0;
      continue;
    }
    if (broken) gaps.push({ startIndex: data.length - 1, endIndex: data.length });
    broken = false;
    data.push({ x: p.x, y: p.award });
  }
  const marker = (
    legend: string,
    color: string,
    points: { x: number; y: number }[]
  ): LineChartPoints => ({
    legend,
    color,
    data: points,
    lineOptions: { mode: "markers" },
  });
  // LineChart paints the first series last (on top): the input, then the breakpoints, over the award line.
  const lines: LineChartPoints[] = [];
  if (curve.current && curve.current.award !== null)
    lines.push(
      marker(t.curve.input, tokens.colorPaletteGreenForeground1, [
        { x: curve.current.x, y: curve.current.award },
      ])
    );
  lines.push(
    marker(
      t.curve.breakpoints,
      tokens.colorPaletteDarkOrangeForeground1,
      curve.breakpoints
        .filter((b) => b.award !== null)
        .map((b) => ({ x: b.x, y: b.award as number }))
    ),
    // "lines" said outright: once a series is markers only, LineChart draws lines only where asked.
    {
      legend: t.curve.award,
      color: tokens.colorBrandForeground1,
      data,
      gaps,
      lineOptions: { mode: "lines" },
    }
  );
  return (
    <LineChart
      data={{ chartTitle: t.curve.title, lineChartData: lines }}
      height={220}
      culture={culture}
      yAxisTickFormat={awardTickFormat(culture)}
    />
  );
}

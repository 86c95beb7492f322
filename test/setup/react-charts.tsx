/**
 * A stand-in for @fluentui/react-charts under Jest (jest.config.js moduleNameMapper): the library imports
 * d3's ES modules, which Jest 29 cannot require. It draws what LineChart is given — one <g> per series, one
 * <circle> per point, with the series' legend and the point's coordinates as attributes — so a component
 * test sees the data the pane passes; how the real chart looks is the browser test's job.
 */
import type { ReactElement } from "react";

interface Series {
  legend: string;
  data: { x: number | Date; y: number }[];
}

export function LineChart(props: { data: { lineChartData?: Series[] } }): ReactElement {
  return (
    <svg data-chart="line">
      {(props.data.lineChartData ?? []).map((series) => (
        <g key={series.legend} data-legend={series.legend}>
          {series.data.map((p, i) => (
            <circle key={i} data-x={String(p.x)} data-y={String(p.y)} />
          ))}
        </g>
      ))}
    </svg>
  );
}

/**
 * The award curve of the clause detail (issue 15): the award as the base-role parameter grows, the other
 * arguments as typed in the calculator, breakpoints marked and the calculator's input as a point — or, for a
 * fixed or by-category award, its amounts as a table. The numbers come from src/engine/curve; the chart
 * (@fluentui/react-charts) is a chunk of its own, fetched when a curve is first drawn.
 */
import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, Suspense, useEffect, useId, useMemo, useRef, useState } from "react";
import {
  type AwardCurve as Curve,
  type AwardTable,
  type ClauseFunction,
  awardCurve,
} from "../../../src";
import { useI18n } from "../../i18n";
import { lazyComponent } from "../../lazy";
import { Section } from "./Section";

const CurveChart = lazyComponent(() =>
  import(/* webpackChunkName: "award-chart" */ "./CurveChart").then((m) => m.CurveChart)
);

const useStyles = makeStyles({
  chart: { minHeight: "220px" },
  toggle: { alignSelf: "flex-start" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
  cell: {
    padding: `3px ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  amount: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function AwardCurve({ fn, rawArgs }: { fn: ClauseFunction; rawArgs: readonly unknown[] }) {
  const picture = useMemo(() => awardCurve(fn, rawArgs), [fn, rawArgs]);
  if (picture.kind === "table") return <AmountsTable table={picture} />;
  return <CurveSection curve={picture.kind === "curve" ? picture : undefined} />;
}

function CurveSection({ curve }: { curve: Curve | undefined }) {
  const s = useStyles();
  const { t, pick, money } = useI18n();
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  if (!curve)
    return (
      <Section title={t.curve.title}>
        <Caption1 className={s.muted}>{t.curve.noCurve}</Caption1>
      </Section>
    );
  const param = pick(curve.param.label);
  const current =
    curve.current &&
    `${money(curve.current.x)} → ${curve.current.award === null ? t.curve.refused : money(curve.current.award)}`;
  return (
    <Section title={t.curve.title}>
      {/* One image to assistive technology, named with what it shows; the table below has its numbers. */}
      <div
        role="img"
        aria-label={t.curve.imgName(param, curve.breakpoints.length, current)}
        className={s.chart}
      >
        <Inert>
          <Suspense fallback={<Spinner size="tiny" label={t.curve.loading} />}>
            <CurveChart curve={curve} />
          </Suspense>
        </Inert>
      </div>
      <Caption1 className={s.muted}>{t.curve.axes(param)}</Caption1>
      {curve.perItem && <Caption1 className={s.muted}>{t.curve.perItem}</Caption1>}
      <Button
        className={s.toggle}
        size="small"
        appearance="secondary"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((v) => !v)}
      >
        {tableShown ? t.curve.hideTable : t.curve.showTable}
      </Button>
      <div id={tableId} hidden={!tableShown}>
        {tableShown && <CurveTable curve={curve} param={param} />}
      </div>
    </Section>
  );
}

/**
 * LineChart makes every point, legend and region focusable and labelled; inside an image those would be a
 * hundred tab stops the image's name already sums up (and interactive content an image may not hold), so the
 * chart is inert: out of the tab order, the accessibility tree and the pointer's way.
 */
function Inert({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // React 18 has no `inert` prop: set as an attribute once mounted.
    el.setAttribute("inert", "");
    // And no tab stops, whenever LineChart draws: it gives every segment and point tabindex="0", and Tabster
    // (which moves Tab through Fluent's TabList) counts an SVG element as visible even in a hidden view, so Tab
    // from the views' tabs stopped dead on the chart of a clause page left open under another tab.
    const untab = () =>
      el.querySelectorAll("[tabindex]").forEach((n) => {
        if (n.getAttribute("tabindex") !== "-1" && !n.hasAttribute("data-tabster-dummy"))
          n.setAttribute("tabindex", "-1");
      });
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(el, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["tabindex"],
    });
    return () => observer.disconnect();
  }, []);
  return <div ref={ref}>{children}</div>;
}

/** The start, every breakpoint, the input and the end: between two rows the curve is a straight line. */
function CurveTable({ curve, param }: { curve: Curve; param: string }) {
  const s = useStyles();
  const { t, money } = useI18n();
  const awardAt = (x: number) => curve.points.find((p) => p.x === x)?.award;
  const shown = (a: number | null | undefined) =>
    a === null || a === undefined ? t.curve.refused : money(a);
  const last = curve.points[curve.points.length - 1];
  const rows = [
    { point: t.curve.start, x: 0 },
    ...curve.breakpoints.map((b) => ({ point: t.curve.kinds[b.kind], x: b.x })),
    ...(curve.current ? [{ point: t.curve.input, x: curve.current.x }] : []),
    { point: t.curve.end, x: last.x },
  ].sort((a, b) => a.x - b.x);
  return (
    <table className={s.table}>
      <caption className={s.caption}>{t.curve.tableCaption(param)}</caption>
      <thead>
        <tr>
          <th className={s.cell}>{t.curve.point}</th>
          <th className={`${s.cell} ${s.amount}`}>{param}</th>
          <th className={`${s.cell} ${s.amount}`}>{t.curve.atValue}</th>
          <th className={`${s.cell} ${s.amount}`}>{t.curve.aFenAbove}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.point}-${r.x}`}>
            <th scope="row" className={s.cell}>
              {r.point}
            </th>
            <td className={`${s.cell} ${s.amount}`}>{money(r.x)}</td>
            <td className={`${s.cell} ${s.amount}`}>{shown(awardAt(r.x))}</td>
            <td className={`${s.cell} ${s.amount}`}>
              {shown(awardAt(r.x + 0.01) ?? awardAt(r.x))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A fixed or by-category award: its amounts, one row per category, instead of a curve. */
function AmountsTable({ table }: { table: AwardTable }) {
  const s = useStyles();
  const { t, pick, money } = useI18n();
  const param = table.param && pick(table.param.label);
  return (
    <Section title={t.curve.amountsTitle}>
      <table className={s.table}>
        <caption className={s.caption}>{t.curve.amountsCaption(param)}</caption>
        <thead>
          <tr>
            <th className={s.cell}>{param ?? t.curve.point}</th>
            <th className={`${s.cell} ${s.amount}`}>{t.curve.award}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r.code ?? i}>
              <th scope="row" className={s.cell}>
                {r.label ? pick(r.label) : t.curve.input}
              </th>
              <td className={`${s.cell} ${s.amount}`}>
                {r.award === null ? t.curve.refused : money(r.award)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

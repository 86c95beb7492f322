/** The engine's steps: the base, each threshold (met or not), each rate, each cap (bound or not), the result. */
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Step } from "../../../src";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: "start",
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    padding: `3px ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: "top",
  },
  amount: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  detail: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    color: tokens.colorNeutralForeground3,
  },
  result: { fontWeight: tokens.fontWeightSemibold },
});

function StepDetail({ step }: { step: Step }) {
  const s = useStyles();
  const { t, num, percent } = useI18n();
  const limit = step.limit ?? 0;
  switch (step.kind) {
    case "threshold":
      return (
        <span className={s.detail}>
          <Caption1>
            {step.op === ">" ? ">" : "≥"} {num(limit)}
          </Caption1>
          <Badge size="small" appearance="tint" color={step.met ? "success" : "danger"}>
            {step.met ? t.calc.met : t.calc.notMet}
          </Badge>
        </span>
      );
    case "cap":
    case "room":
      return (
        <span className={s.detail}>
          <Caption1>≤ {num(limit)}</Caption1>
          <Badge size="small" appearance="tint" color={step.bound ? "warning" : "subtle"}>
            {step.bound ? t.calc.capBound : t.calc.capNotBound}
          </Badge>
        </span>
      );
    case "rate":
      return <Caption1 className={s.detail}>× {percent(limit)}</Caption1>;
    case "deduct":
      return <Caption1 className={s.detail}>− {num(limit)}</Caption1>;
    default:
      return null;
  }
}

export function Steps({ steps }: { steps: Step[] }) {
  const s = useStyles();
  const { t, pick, num } = useI18n();
  return (
    <table className={s.table}>
      <caption className={s.caption}>{t.calc.steps}</caption>
      <tbody>
        {steps.map((step, i) => (
          // Steps are an ordered trace; the same label can occur twice.
          <tr key={i} className={step.kind === "result" ? s.result : undefined}>
            <td className={s.cell}>
              {pick(step.label)}
              <StepDetail step={step} />
            </td>
            <td className={mergeClasses(s.cell, s.amount)}>{num(step.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

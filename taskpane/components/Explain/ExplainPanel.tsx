/**
 * The region "Explain selected cell": the cell and its formula, then the clause (id, verbatim quotes), each
 * argument with its value and source, and the calculator's own result — award, remarks, the award under
 * each other reading, every step with the binding threshold or cap marked (Calculator/Result) — or why the
 * cell cannot be explained.
 */
import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Clause } from "../../../src";
import type { Explanation, ReadProblem } from "../../explain/explain";
import type { ExplainProblem } from "../../../src";
import { formatRange } from "../../host/address";
import { type I18n, useI18n } from "../../i18n";
import { Result } from "../Calculator/Result";
import { Arguments, valueText } from "./Arguments";
import type { ExplainState } from "./useExplainedCell";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-all",
    margin: 0,
  },
  clause: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  clauseHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    lineHeight: tokens.lineHeightBase400,
  },
});

function problemText(p: ExplainProblem | ReadProblem, { t }: I18n): string {
  const m = t.explain.problems;
  switch (p.kind) {
    case "empty":
    case "constant":
    case "unreadable":
    case "not-subsidy":
      return m[p.kind];
    case "not-clause":
      return m["not-clause"](p.name);
    case "too-many-args":
      return m["too-many-args"](p.name, p.max);
    case "other-workbook":
      return m["other-workbook"](p.arg);
    case "expression":
      return m.expression(p.param, p.arg);
    case "native-args":
      return m["native-args"](p.name);
    case "unread-reference":
      return m["unread-reference"](p.arg, p.reason);
  }
}

function ClauseQuote({ clause }: { clause: Clause }) {
  const s = useStyles();
  const { t, pick } = useI18n();
  return (
    <section className={s.clause} aria-label={t.explain.clause}>
      <div className={s.clauseHead}>
        <Body1Strong>{clause.id}</Body1Strong>
        {clause.fn && <Caption1 className={s.muted}>SUBSIDY.{clause.fn.name}</Caption1>}
      </div>
      <Caption1>{pick(clause.summary)}</Caption1>
      {clause.quotes.map((q) => (
        <blockquote key={q} className={s.quote} lang="zh-CN">
          {q}
        </blockquote>
      ))}
    </section>
  );
}

function Body({ explanation }: { explanation: Explanation }) {
  const s = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const cell = formatRange({ ...explanation.cell, rows: 1, cols: 1 });
  if (explanation.kind === "unexplained") {
    const shown = explanation.value === null ? undefined : valueText(explanation.value, i18n);
    return (
      <>
        <Caption1 className={s.muted}>
          {t.explain.cell} {cell}
        </Caption1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {problemText(explanation.problem, i18n)}
            {shown !== undefined &&
              explanation.problem.kind !== "constant" &&
              ` ${t.explain.cellValue(shown)}`}
          </MessageBarBody>
        </MessageBar>
        {explanation.clause && <ClauseQuote clause={explanation.clause} />}
      </>
    );
  }
  const { target, formula, clause, args, outcome } = explanation;
  return (
    <>
      <div className={s.head}>
        <Caption1 className={s.muted}>
          {t.explain.cell} {cell}
          {target.form === "native" && (
            <>
              {" "}
              <Badge size="small" appearance="tint" color="informative">
                {t.explain.native}
              </Badge>
            </>
          )}
        </Caption1>
        <p className={s.formula} aria-label={t.explain.formula}>
          {formula}
        </p>
      </div>
      {target.calls > 1 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.explain.several(target.calls)}</MessageBarBody>
        </MessageBar>
      )}
      <ClauseQuote clause={clause} />
      <Arguments args={args} />
      <Result outcome={outcome} />
    </>
  );
}

export function ExplainPanel(props: { state: ExplainState; live: boolean; onRefresh(): void }) {
  const s = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { state } = props;
  return (
    <section role="region" aria-label={t.explain.region} className={s.root}>
      <Subtitle2 as="h2" className={s.title}>
        {t.explain.region}
      </Subtitle2>
      <Caption1 className={s.muted}>{t.explain.intro}</Caption1>
      {!props.live && (
        <>
          <Caption1 className={s.muted}>{t.explain.manual}</Caption1>
          <div>
            <Button size="small" onClick={props.onRefresh}>
              {t.explain.refresh}
            </Button>
          </div>
        </>
      )}
      {state.kind === "reading" && <Spinner size="tiny" label={t.explain.reading} />}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.explain.failed(state.message)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && <Body explanation={state.explanation} />}
    </section>
  );
}

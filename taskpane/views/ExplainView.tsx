/**
 * "Explain": the selected cell's clause call worked through (components/Explain). A chunk of its own
 * (views/index.ts), so the pane's first render does not carry it.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ExplainPanel } from "../components/Explain/ExplainPanel";
import { useExplainedCell } from "../components/Explain/useExplainedCell";
import { useHostState } from "../host/context";
import { canExplain } from "../host/types";
import { useI18n } from "../i18n";

const useStyles = makeStyles({ muted: { color: tokens.colorNeutralForeground3 } });

export function ExplainView() {
  const s = useStyles();
  const { t } = useI18n();
  const hostState = useHostState();
  const host = hostState.mode === "connecting" ? undefined : hostState.host;
  const explainable = host && canExplain(host) ? host : undefined;
  const { state, live, refresh } = useExplainedCell(explainable);
  if (!host) return <Caption1 className={s.muted}>{t.explain.waiting}</Caption1>;
  if (!explainable) return <Caption1 className={s.muted}>{t.explain.unsupported}</Caption1>;
  return <ExplainPanel state={state} live={live} onRefresh={refresh} />;
}

/**
 * A clause function as a reader needs it: the Excel signature and its native twin (issue 14: the same award
 * in ordinary Excel functions), the formula in words and its numbers; and the ambiguities resolved.
 */
import { Body1, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ClauseFunction } from "../../../src";
import { constantRows, nativeFormula } from "../../../src";
import { useI18n } from "../../i18n";
import { Facts } from "../Facts/Facts";
import { Section } from "./Section";

const useStyles = makeStyles({
  code: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  // A twin runs to a few thousand characters for the largest shapes: scrolled, not the whole page.
  long: { maxHeight: "12em", overflowY: "auto" },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** =SUBSIDY.NAME(required, [optional], …), as Excel's own help writes signatures. */
export function signature(fn: ClauseFunction): string {
  return `=SUBSIDY.${fn.name}(${fn.params.map((p) => (p.required ? p.name : `[${p.name}]`)).join(", ")})`;
}

/**
 * The native twin with each parameter's name standing for its cell (every optional one given, so the
 * formula shows how a blank cell is read): easier to read than A1 references, and no name is A1-like.
 */
export const nativeSignature = (fn: ClauseFunction): string =>
  nativeFormula(
    fn.name,
    fn.params.map((p) => p.name)
  );

export function FunctionInfo({ fn }: { fn: ClauseFunction }) {
  const s = useStyles();
  const { t, pick, locale } = useI18n();
  return (
    <>
      <Section title={t.detail.function}>
        <code className={s.code}>{signature(fn)}</code>
        <Caption1>{pick(fn.description)}</Caption1>
      </Section>
      <Section title={t.native.detailTitle}>
        {/* It scrolls on its own, so it takes focus: the keyboard can scroll it; its section names it. */}
        <code className={mergeClasses(s.code, s.long)} tabIndex={0}>
          {nativeSignature(fn)}
        </code>
        <Caption1>{t.native.detailHint}</Caption1>
      </Section>
      <Section title={t.detail.formula}>
        <Body1>{pick(fn.formula)}</Body1>
      </Section>
      <Section title={t.detail.constants}>
        <Facts
          facts={constantRows(fn, locale === "zh-CN" ? "zh" : "en").map((r) => ({
            term: r.label,
            value: r.value,
          }))}
        />
      </Section>
    </>
  );
}

/** The readings chosen where the text is ambiguous: they qualify every result the calculator shows. */
export function Ambiguities({ fn }: { fn: ClauseFunction }) {
  const s = useStyles();
  const { t, pick } = useI18n();
  if (!fn.ambiguities || fn.ambiguities.length === 0) return null;
  return (
    <Section title={t.detail.ambiguities}>
      <ul className={s.list}>
        {fn.ambiguities.map((a) => (
          <li key={a.issue.en}>
            <Caption1 block>{pick(a.issue)}</Caption1>
            <Caption1 block>
              <span className={s.muted}>{t.detail.chosen}</span> {pick(a.chosen)}
            </Caption1>
            {a.alternative && (
              <Caption1 block>
                <span className={s.muted}>{t.detail.alternative}</span> {pick(a.alternative)}
              </Caption1>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

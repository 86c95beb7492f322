/** One clause: what the text says (verbatim), what it means, its function, and the calculator. */
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n";
import type { SearchEntry } from "../../search";
import { type ClauseFunction, catalog } from "../../../src";
import { Calculator, useCalculatorForm } from "../Calculator/Calculator";
import { DocumentBadges } from "../ClauseBrowser/DocumentMeta";
import { type Fact, Facts } from "../Facts/Facts";
import { AwardCurve } from "./AwardCurve";
import { Ambiguities, FunctionInfo } from "./FunctionInfo";
import { Section } from "./Section";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  back: { alignSelf: "flex-start", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    outline: "none",
  },
  fnName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorBrandForeground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    lineHeight: tokens.lineHeightBase400,
  },
});

export function ClauseDetail({ entry, onBack }: { entry: SearchEntry; onBack(): void }) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const { document } = entry;
  // The list may still hold the runtime record (before the documented catalog reached its index): the
  // page shows the documented clause, which this chunk imports, prose and all.
  const clause = catalog.clauseById.get(entry.clause.id)!;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a clause moves focus (and the scroll position) to its heading.
  useEffect(() => heading.current?.focus(), []);

  const facts: Fact[] = [
    { term: t.detail.document, value: pick(document.title) },
    { term: t.detail.numberAsWritten, value: clause.numberAsWritten },
    { term: t.detail.category, value: t.categories[clause.category] },
    { term: t.detail.departments, value: clause.departments },
  ];

  return (
    <article className={s.root}>
      <Button className={s.back} appearance="subtle" size="small" onClick={onBack}>
        {t.detail.back}
      </Button>
      <div>
        <h2 className={s.heading} ref={heading} tabIndex={-1}>
          <span>{clause.id}</span>
          {clause.fn && <span className={s.fnName}>{clause.fn.name}</span>}
        </h2>
        <DocumentBadges document={document} />
      </div>
      <Section title={t.detail.summary}>
        <Body1>{pick(clause.summary)}</Body1>
      </Section>
      <Section title={t.detail.quotes}>
        {clause.quotes.map((q) => (
          <blockquote key={q} className={s.quote} lang="zh-CN">
            {q}
          </blockquote>
        ))}
      </Section>
      {clause.context && clause.context.length > 0 && (
        <Section title={t.detail.context}>
          {clause.context.map((q) => (
            <blockquote key={q} className={s.quote} lang="zh-CN">
              {q}
            </blockquote>
          ))}
        </Section>
      )}
      {clause.fn ? (
        <ClauseFunctionPart fn={clause.fn} />
      ) : (
        <Body1 className={s.muted}>{t.detail.noFunction}</Body1>
      )}
      <Section title={t.detail.facts}>
        <Facts facts={facts} />
      </Section>
    </article>
  );
}

/** The function, its calculator and its curve: the detail holds the calculator's values, the curve reads them. */
function ClauseFunctionPart({ fn }: { fn: ClauseFunction }) {
  const form = useCalculatorForm(fn);
  return (
    <>
      <FunctionInfo fn={fn} />
      <Calculator fn={fn} form={form} />
      <AwardCurve fn={fn} rawArgs={form.rawArgs} />
      <Ambiguities fn={fn} />
    </>
  );
}

/** A compact two-column definition list (term, value): document dates, clause facts, function constants. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";

const useStyles = makeStyles({
  list: {
    display: "grid",
    // A term takes what it needs up to half the width, then wraps: a long one ("Cap — INTERNATIONAL (…)")
    // would otherwise push the list past a narrow pane.
    gridTemplateColumns: "fit-content(50%) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  value: { margin: 0, overflowWrap: "anywhere", color: tokens.colorNeutralForeground1 },
});

export interface Fact {
  term: string;
  value: ReactNode;
  /** Shown on hover, e.g. the words a date rests on. */
  title?: string;
  /** The value's language when it differs from the UI's (verbatim Chinese). */
  lang?: string;
}

export function Facts({ facts, monoTerms = false }: { facts: Fact[]; monoTerms?: boolean }) {
  const s = useStyles();
  return (
    <dl className={s.list}>
      {facts.map((f) => (
        <Fragment key={f.term}>
          <dt className={mergeClasses(s.term, monoTerms && s.mono)}>{f.term}</dt>
          <dd className={s.value} title={f.title} lang={f.lang}>
            {f.value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

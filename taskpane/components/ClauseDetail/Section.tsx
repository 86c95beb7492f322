/** A titled block of the clause detail. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.root} aria-label={title}>
      <Subtitle2 as="h3" className={s.title}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A document's status, dates (with how each is known) and stacking rule: shown above its clauses and in a clause's detail. */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { PolicyDocument } from "../../../src/records";
import type { RegisterDate } from "../../../src/records";
import { useI18n } from "../../i18n";
import { type Fact, Facts } from "../Facts/Facts";

const useStyles = makeStyles({
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export function DocumentBadges({ document }: { document: PolicyDocument }) {
  const s = useStyles();
  const { t, pick } = useI18n();
  return (
    <span className={s.badges}>
      <Badge appearance="tint" color="informative" size="small">
        {pick(document.region)}
      </Badge>
      {document.status === "draft" && (
        <Badge appearance="filled" color="warning" size="small">
          {t.document.draft}
        </Badge>
      )}
    </span>
  );
}

export function DocumentMeta({ document }: { document: PolicyDocument }) {
  const { t, pick } = useI18n();
  const date = (term: string, d: RegisterDate): Fact => ({
    term,
    value: `${d.date ?? t.document.dateNotStated} (${t.document.certainty[d.certainty]})`,
    title: d.basis,
  });
  return (
    <Facts
      facts={[
        {
          term: t.document.issuer,
          value: document.number
            ? `${pick(document.issuer)} · ${document.number}`
            : pick(document.issuer),
        },
        date(t.document.issued, document.issued),
        date(t.document.effective, document.effective),
        date(t.document.expiry, document.expiry),
        document.stackingRule
          ? { term: t.document.stacking, value: document.stackingRule, lang: "zh-CN" }
          : { term: t.document.stacking, value: t.document.noStacking },
      ]}
    />
  );
}

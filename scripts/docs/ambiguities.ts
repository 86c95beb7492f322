/**
 * docs/ambiguities.md: every clause function's `ambiguities` and the spec's cross-cutting register rows
 * (scripts/ambiguity-register.ts), in English.
 */
import { SPEC_REGISTER } from "../ambiguity-register";
import { escapeMarkdown, mdCell } from "./escape";
import {
  catalogSource,
  type DocGroup,
  type DocsSource,
  GENERATED,
  groups,
  isDraft,
  markdownFile,
} from "./source";
import { L } from "./strings";

export function renderAmbiguitiesMarkdown(src: DocsSource = catalogSource): string {
  const gs = groups(src);
  const out = [...introMarkdown(src, gs), ...registerMarkdown(src)];
  out.push("## By function", "");
  for (const g of gs) out.push(...documentAmbiguities(g));
  const without = gs.flatMap((g) => g.fns).filter(({ fn }) => !fn.ambiguities?.length);
  if (without.length) {
    out.push(
      "## Functions with no recorded ambiguity",
      "",
      without.map(({ fn }) => `[${fn.name}](functions.md#${fn.name})`).join(", "),
      ""
    );
  }
  return markdownFile(out);
}

function introMarkdown(src: DocsSource, gs: DocGroup[]): string[] {
  const withAmb = gs.flatMap((g) => g.fns).filter(({ fn }) => fn.ambiguities?.length);
  const nAmb = withAmb.reduce((n, { fn }) => n + fn.ambiguities!.length, 0);
  return [
    `<!-- ${GENERATED} -->`,
    "",
    "# Ambiguities and the readings chosen",
    "",
    `Where a policy text can be read more than one way, each function implements one reading and says so. This page lists them all, generated from the catalog: each clause function's \`ambiguities\` (issue, chosen reading, alternative), and the rows of the spec's ambiguity register ([${escapeMarkdown(SPEC_REGISTER.title)}](${SPEC_REGISTER.href})) that concern no single function (kept verbatim in \`scripts/ambiguity-register.ts\`). ${nAmb} ambiguities in ${withAmb.length} functions; ${src.register.length} cross-cutting rows. Function details: [functions.md](functions.md).`,
    "",
  ];
}

function registerMarkdown(src: DocsSource): string[] {
  if (!src.register.length) return [];
  const out = [
    "## Across functions (spec §8)",
    "",
    "| §8 # | Where | Issue | Chosen | Alternative | Money at stake |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of src.register) {
    out.push(
      `| ${r.number} | ${mdCell(r.where)} | ${mdCell(r.issue)} | ${mdCell(r.chosen)} | ${mdCell(r.alternative)} | ${mdCell(r.moneyAtStake)} |`
    );
  }
  out.push("");
  return out;
}

function documentAmbiguities(g: DocGroup): string[] {
  const fns = g.fns.filter(({ fn }) => fn.ambiguities?.length);
  if (!fns.length) return [];
  const out = [
    `### ${escapeMarkdown(g.doc.title.zh)}${isDraft(g.doc) ? ` — ${L.en.draft}` : ""}`,
    "",
  ];
  for (const { clause, fn } of fns) {
    out.push(
      `<a id="${fn.name}"></a>`,
      "",
      `#### [${fn.name}](functions.md#${fn.name}) — ${clause.id}`,
      "",
      "| Issue | Chosen reading | Alternative |",
      "|---|---|---|"
    );
    for (const a of fn.ambiguities!)
      out.push(
        `| ${mdCell(a.issue.en)} | ${mdCell(a.chosen.en)} | ${a.alternative ? mdCell(a.alternative.en) : "–"} |`
      );
    out.push("");
  }
  return out;
}

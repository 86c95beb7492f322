/**
 * README.md's list of the policies: the one part of the README that states which documents and how many
 * functions there are, so it is generated from the list of documents (`npm run docs` rewrites it between
 * two marker lines; the docs test fails when it is stale). The hand-written README never counts them.
 */
import { escapeMarkdown, mdCell } from "./escape";
import { countWord } from "./count-word";
import { catalogSource, type DocGroup, type DocsSource, groups, isDraft } from "./source";
import { sourcePage } from "./sources";
import { L } from "./strings";

export const README_BEGINS =
  "<!-- Generated from src/policies by `npm run docs` (scripts/docs/readme.ts): do not edit down to the end marker. -->";
export const README_ENDS = "<!-- End of the generated list of policies. -->";

/** HLJ_, HLJAI_ …: the distinct first words of a document's function names. */
const prefixes = (g: DocGroup): string[] => [
  ...new Set(g.fns.map(({ fn }) => `${fn.name.split("_")[0]}_`)),
];

function policyRow(g: DocGroup): string {
  const d = g.doc;
  const place = `${mdCell(d.location.label.en)} · ${mdCell(d.location.label.zh)}`;
  const sectors = d.sectors.map((s) => mdCell(s.label.en)).join(", ");
  const status = isDraft(d) ? `**${L.en.draft}**` : "final";
  const fns = g.fns.length
    ? `${g.fns.length} (${prefixes(g)
        .map((p) => `\`${p}\``)
        .join(", ")})`
    : "0";
  const text = `docs/${sourcePage(d)}`;
  return `| ${d.id} | ${mdCell(d.title.zh)}<br>*${mdCell(d.title.en)}* | ${place} | ${sectors} | ${status} | ${fns} | [${text}](${text}) |`;
}

/** The generated lines between the markers. */
export function policiesSection(src: DocsSource = catalogSource): string[] {
  const gs = groups(src);
  const n = src.documents.length;
  const nFns = gs.reduce((k, g) => k + g.fns.length, 0);
  const count = countWord(n, "en");
  // Blank lines around the list, so the markers stand apart from the paragraph and the table.
  return [
    "",
    `${escapeMarkdown(count[0].toUpperCase() + count.slice(1))} documents, ${nFns} clause functions · ${countWord(n, "zh")}份政策文件、${nFns}个条款函数。`,
    "",
    "| Id | Document · 政策文件 | Place · 地区 | Sectors | Status | Clause functions | Text with clause ids |",
    "|---|---|---|---|---|---|---|",
    ...gs.map(policyRow),
    "",
  ];
}

/** `readme` with its generated list of policies rewritten from `src`. */
export function withPoliciesSection(readme: string, src: DocsSource = catalogSource): string {
  const begin = readme.indexOf(`${README_BEGINS}\n`);
  const end = readme.indexOf(`\n${README_ENDS}`);
  if (begin < 0 || end < begin)
    throw new Error("docs: README.md lacks the marker lines of its generated list of policies");
  const head = readme.slice(0, begin + README_BEGINS.length + 1);
  return `${head}${policiesSection(src).join("\n")}${readme.slice(end)}`;
}

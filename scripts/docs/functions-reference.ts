/** docs/functions.md: every document, its clause functions and the utility functions, in English. */
import { constantRows } from "../../src/format/constants";
import type {
  Ambiguity,
  DocumentedClause as Clause,
  DocumentedFunction as ClauseFunction,
  PolicyDocument,
} from "../../src/catalog/types";
import type { DocumentedSheetFunction as SheetFunction } from "../../src/sheet-functions/types";
import { escapeMarkdown, mdCell } from "./escape";
import {
  clauseSignature,
  exampleCall,
  exampleResult,
  formatDate,
  paramRows,
  signature,
  utilityParamFlags,
} from "./format";
import {
  catalogSource,
  type DocGroup,
  type DocsSource,
  GENERATED,
  groups,
  isDraft,
  markdownFile,
  utilityFunctions,
} from "./source";
import { sourcePage } from "./sources";
import { L } from "./strings";

const s = L.en;
/** Only the Markdown reference links the woven texts: the help pages ship without docs/sources/. */
const SOURCE_TEXT = "Text with clause ids";

export function renderFunctionsMarkdown(src: DocsSource = catalogSource): string {
  const gs = groups(src);
  const utils = utilityFunctions(src);
  const out = [...introMarkdown(src, gs, utils), ...contentsMarkdown(gs, utils)];
  for (const g of gs) {
    out.push(...documentMarkdown(g.doc));
    for (const { clause, fn } of g.fns) out.push(...functionMarkdown(clause, fn, g.doc));
  }
  if (utils.length) {
    out.push(`<a id="utility-functions"></a>`, "", `## ${s.utility}`, "");
    for (const f of utils) out.push(...utilityMarkdown(f));
  }
  return markdownFile(out);
}

function introMarkdown(src: DocsSource, gs: DocGroup[], utils: SheetFunction[]): string[] {
  const nFns = gs.reduce((n, g) => n + g.fns.length, 0);
  return [
    `<!-- ${GENERATED} -->`,
    "",
    "# SUBSIDY functions — reference",
    "",
    ...s.intro(src.documents.length).map((p) => `${escapeMarkdown(p)}\n`),
    `${nFns} clause functions in ${gs.filter((g) => g.fns.length).length} documents${utils.length ? `, ${utils.length} utility functions` : ""}. The same pages ship with the add-in as help.html and help.zh-cn.html (Chinese). Ambiguities and the readings chosen: [ambiguities.md](ambiguities.md).`,
    "",
    `The policy texts, with the clause ids and functions woven in before the paragraphs they quote: ${src.documents.map((d) => `[${d.id}](${sourcePage(d)})`).join(", ")}.`,
    "",
  ];
}

function contentsMarkdown(gs: DocGroup[], utils: SheetFunction[]): string[] {
  const out = [`## ${s.contents}`, ""];
  for (const g of gs) {
    out.push(
      `- [${escapeMarkdown(g.doc.title.zh)}](#doc-${g.doc.id})${isDraft(g.doc) ? ` — **${s.draft}**` : ""}: ${g.fns
        .map(({ fn }) => `[${fn.name}](#${fn.name})`)
        .join(", ")}`
    );
  }
  if (utils.length)
    out.push(
      `- [${s.utility}](#utility-functions): ${utils.map((f) => `[${f.name}](#${f.helpAnchor})`).join(", ")}`
    );
  out.push("");
  return out;
}

function documentMarkdown(d: PolicyDocument): string[] {
  const out = [
    `<a id="doc-${d.id}"></a>`,
    "",
    `## ${escapeMarkdown(d.title.zh)}${isDraft(d) ? ` — ${s.draft}` : ""}`,
    "",
    `*${escapeMarkdown(d.title.en)}*`,
    "",
    "| | |",
    "|---|---|",
    `| ${s.catalogId} | ${d.id} |`,
    `| ${s.issuer} | ${mdCell(d.issuer.zh)} (${mdCell(d.issuer.en)}) |`,
    `| ${s.number} | ${d.number ? mdCell(d.number) : s.noNumber} |`,
    `| ${s.status} | ${isDraft(d) ? `**${s.draft}** — ${s.draftNote}` : s.final} |`,
    `| ${s.issued} | ${mdCell(formatDate(d.issued, "en"))} |`,
    `| ${s.effective} | ${mdCell(formatDate(d.effective, "en"))} |`,
    `| ${s.expiry} | ${mdCell(formatDate(d.expiry, "en"))} |`,
    `| ${s.stacking} | ${d.stackingRule ? `「${mdCell(d.stackingRule)}」` : s.noStacking} |`,
  ];
  if (d.notes) out.push(`| ${s.notes} | ${mdCell(d.notes.en)} |`);
  out.push(`| ${SOURCE_TEXT} | [${sourcePage(d)}](${sourcePage(d)}) |`, "");
  return out;
}

function functionMarkdown(clause: Clause, fn: ClauseFunction, doc: PolicyDocument): string[] {
  const out = [
    `<a id="${fn.name}"></a>`,
    "",
    `### ${fn.name}${isDraft(doc) ? ` — ${s.draft}` : ""}`,
    "",
    `\`${clauseSignature(fn)}\``,
    "",
  ];
  if (isDraft(doc)) out.push(`**${s.draft}** — ${s.draftNote}`, "");
  out.push(
    `${s.clause} **${clause.id}** · ${s.measure} ${escapeMarkdown(clause.numberAsWritten)} of 《${escapeMarkdown(doc.title.zh)}》 · ${s.category} ${escapeMarkdown(clause.category)}${clause.categoryNote ? ` (${escapeMarkdown(clause.categoryNote)})` : ""} · ${s.type} ${clause.type}`,
    "",
    escapeMarkdown(fn.description.en),
    ""
  );
  if (fn.inKind) out.push(`*${s.inKind}*`, "");
  out.push(`**${s.quote}:**`, "");
  for (const q of clause.quotes)
    out.push(...q.split(/\r?\n/).map((line) => `> 「${escapeMarkdown(line)}」`), "");
  out.push(`**${s.formula}:** ${escapeMarkdown(fn.formula.en)}`, "");
  out.push(...constantsMarkdown(fn), ...parametersMarkdown(fn));
  if (fn.ambiguities?.length) {
    out.push(`**${s.ambiguities}:**`, "");
    for (const a of fn.ambiguities) out.push(`- ${ambiguityMarkdown(a)}`);
    out.push("");
  }
  const ex = fn.examples[0];
  if (ex) {
    out.push(
      `**${s.example}:** \`${exampleCall(fn.name, ex.args)}\` → **${escapeMarkdown(exampleResult(ex))}**${typeof ex.expect === "number" ? " yuan" : ""}. ${s.arithmetic}: ${escapeMarkdown(ex.arithmetic)}${ex.note ? ` (${escapeMarkdown(ex.note)})` : ""}.`,
      ""
    );
  }
  return out;
}

function constantsMarkdown(fn: ClauseFunction): string[] {
  const consts = constantRows(fn, "en");
  const out = [`**${s.constants}:**${consts.length ? "" : ` ${s.noConstants}`}`, ""];
  if (consts.length)
    out.push(...consts.map((r) => `- ${escapeMarkdown(`${r.label}: ${r.value}`)}`), "");
  return out;
}

function parametersMarkdown(fn: ClauseFunction): string[] {
  const out = [`**${s.parameters}:**${fn.params.length ? "" : ` ${s.noParameters}`}`, ""];
  if (!fn.params.length) return out;
  out.push(
    `| ${s.param.name} | ${s.param.unit} | ${s.param.required} | ${s.param.default} | ${s.param.description} |`,
    "|---|---|---|---|---|"
  );
  for (const p of paramRows(fn, "en")) {
    const codes = p.codes.length ? `<br>${s.codes}: ${p.codes.map(mdCell).join("; ")}` : "";
    out.push(
      `| \`${p.name}\` | ${mdCell(p.unit)} | ${p.required} | ${mdCell(p.default)} | ${mdCell(p.description)}${codes} |`
    );
  }
  out.push("");
  return out;
}

function ambiguityMarkdown(a: Ambiguity): string {
  return `*${escapeMarkdown(a.issue.en)}* ${s.chosen}: ${escapeMarkdown(a.chosen.en)}${a.alternative ? ` ${s.alternative}: ${escapeMarkdown(a.alternative.en)}` : ""}`;
}

function utilityMarkdown(f: SheetFunction): string[] {
  const out = [
    `<a id="${f.helpAnchor}"></a>`,
    "",
    `### ${f.name}`,
    "",
    `\`${signature(f.name, f.params)}\``,
    "",
    escapeMarkdown(f.description.en),
    "",
  ];
  if (f.params.length) {
    out.push(`| ${s.param.name} | ${s.param.required} | ${s.param.description} |`, "|---|---|---|");
    for (const p of f.params)
      out.push(`| \`${p.name}\` | ${utilityParamFlags(p, "en")} | ${mdCell(p.description.en)} |`);
    out.push("");
  }
  out.push(
    `${s.returns}: ${f.result.type}${f.result.dimensionality === "matrix" ? ` (${s.range})` : ""}.`,
    ""
  );
  return out;
}

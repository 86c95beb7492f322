/**
 * help.html (English) and help.zh-cn.html (Chinese), the pages functions.json's helpUrl points at (emitted
 * by webpack through scripts/site-assets.ts). Static, self-contained, no script: the pages work under a
 * strict CSP and without JavaScript; every catalog string is HTML-escaped.
 */
import { constantRows } from "../../src/format/constants";
import type {
  DocumentedClause as Clause,
  DocumentedFunction as ClauseFunction,
  PolicyDocument,
} from "../../src/catalog/types";
import type { Language } from "../../src/format/locale";
import type { DocumentedSheetFunction as SheetFunction } from "../../src/sheet-functions/types";
import { escapeHtml as e } from "./escape";
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
  utilityFunctions,
} from "./source";
import { L, type Strings } from "./strings";

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;line-height:1.5;color:#1b1b1b;max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:2px solid #0f6cbd;padding-bottom:.25rem}
h3{font-size:1.1rem;margin:0;font-family:Consolas,Menlo,monospace;word-break:break-all}
article{border:1px solid #d1d1d1;border-radius:6px;padding:.75rem 1rem;margin:1.25rem 0}
article.draft{border-color:#c50f1f;border-left-width:6px}
.badge{display:inline-block;font:600 .75rem/1.4 system-ui,sans-serif;padding:0 .4rem;border-radius:4px;vertical-align:middle;margin-left:.4rem}
.badge.draft{background:#c50f1f;color:#fff}.badge.final{background:#e0f0e0;color:#0e700e}
.meta{color:#616161;font-size:.9rem}code,.sig{font-family:Consolas,Menlo,monospace;font-size:.9em}
.sig{background:#f5f5f5;padding:.3rem .5rem;border-radius:4px;display:block;word-break:break-all}
blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:4px solid #0f6cbd;background:#f3f8fd}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.25rem 0}th,td{border:1px solid #e0e0e0;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#fafafa}table.kv{width:auto;min-width:50%}dl.doc{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;font-size:.9rem}dl.doc dt{font-weight:600}
h4{font-size:.95rem;margin:.75rem 0 .25rem}ul.toc{padding-left:1.2rem}ul.toc a{margin-right:.5rem}
.codes{margin:.2rem 0 0;padding-left:1rem;font-size:.85rem;color:#424242}nav.top{float:right}
a{color:#0f6cbd}
`
  .trim()
  .replace(/\n/g, "");

export function renderHelpHtml(locale: Language, src: DocsSource = catalogSource): string {
  const s: Strings = L[locale];
  const gs = groups(src);
  const utils = utilityFunctions(src);
  const out = [
    "<!DOCTYPE html>",
    `<html lang="${s.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(s.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<!-- ${e(GENERATED)} -->`,
    `<nav class="top"><a href="${s.otherPage.href}" hreflang="${locale === "en" ? "zh-CN" : "en"}">${e(s.otherPage.label)}</a></nav>`,
    `<h1 id="top">${e(s.title)}</h1>`,
    ...s.intro(src.documents.length).map((p) => `<p>${e(p)}</p>`),
    ...contentsHtml(gs, utils, locale),
  ];
  for (const g of gs) out.push(...documentHtml(g, locale));
  if (utils.length) {
    out.push('<section id="utility-functions">', `<h2>${e(s.utility)}</h2>`);
    for (const f of utils) out.push(utilityHtml(f, locale));
    out.push("</section>");
  }
  out.push("</body>", "</html>", "");
  return out.join("\n");
}

function contentsHtml(gs: DocGroup[], utils: SheetFunction[], locale: Language): string[] {
  const s: Strings = L[locale];
  const out = [`<h2 id="contents">${e(s.contents)}</h2>`, '<ul class="toc">'];
  for (const g of gs) {
    out.push(
      `<li><a href="#doc-${e(g.doc.id)}"><strong>${e(g.doc.title[locale])}</strong></a>${isDraft(g.doc) ? ` <span class="badge draft">${e(s.draft)}</span>` : ""}<br>${g.fns
        .map(({ fn }) => `<a href="#${e(fn.name)}"><code>${e(fn.name)}</code></a>`)
        .join(" ")}</li>`
    );
  }
  if (utils.length) {
    out.push(
      `<li><a href="#utility-functions"><strong>${e(s.utility)}</strong></a><br>${utils
        .map((f) => `<a href="#${e(f.helpAnchor)}"><code>${e(f.name)}</code></a>`)
        .join(" ")}</li>`
    );
  }
  out.push("</ul>");
  return out;
}

function documentHtml({ doc: d, fns }: DocGroup, locale: Language): string[] {
  const s: Strings = L[locale];
  const draft = isDraft(d);
  const out = [
    `<section id="doc-${e(d.id)}">`,
    `<h2>${e(d.title[locale])}${draft ? ` <span class="badge draft">${e(s.draft)}</span>` : ` <span class="badge final">${e(s.final)}</span>`}</h2>`,
  ];
  if (locale === "en") out.push(`<p lang="zh-CN">${e(d.title.zh)}</p>`);
  if (draft) out.push(`<p><strong>${e(s.draftNote)}</strong></p>`);
  out.push('<dl class="doc">');
  const row = (k: string, v: string) => out.push(`<dt>${e(k)}</dt><dd>${v}</dd>`);
  row(s.catalogId, e(d.id));
  row(s.issuer, e(d.issuer[locale]));
  row(s.number, d.number ? e(d.number) : e(s.noNumber));
  row(s.status, draft ? `<strong>${e(s.draft)}</strong>` : e(s.final));
  row(s.issued, e(formatDate(d.issued, locale)));
  row(s.effective, e(formatDate(d.effective, locale)));
  row(s.expiry, e(formatDate(d.expiry, locale)));
  row(
    s.stacking,
    d.stackingRule ? `<span lang="zh-CN">「${e(d.stackingRule)}」</span>` : e(s.noStacking)
  );
  if (d.notes) row(s.notes, e(d.notes[locale]));
  out.push("</dl>");
  for (const { clause, fn } of fns) out.push(functionHtml(clause, fn, d, locale));
  out.push("</section>");
  return out;
}

function functionHtml(
  clause: Clause,
  fn: ClauseFunction,
  doc: PolicyDocument,
  locale: Language
): string {
  const s: Strings = L[locale];
  const draft = isDraft(doc);
  const out = [
    `<article id="${e(fn.name)}"${draft ? ' class="draft"' : ""}>`,
    `<h3>${e(fn.name)}${draft ? ` <span class="badge draft">${e(s.draft)}</span>` : ""}</h3>`,
    `<p class="meta">${e(s.clause)} <strong>${e(clause.id)}</strong> · ${e(s.measure)} <span lang="zh-CN">${e(clause.numberAsWritten)}</span> · <span lang="zh-CN">《${e(doc.title.zh)}》</span> · ${e(s.type)} ${e(clause.type)} · <a href="#contents">${e(s.backToTop)}</a></p>`,
    `<code class="sig">=${e(clauseSignature(fn))}</code>`,
  ];
  if (draft) out.push(`<p><strong>${e(s.draftNote)}</strong></p>`);
  out.push(`<p>${e(fn.description[locale])}</p>`);
  if (fn.inKind) out.push(`<p><em>${e(s.inKind)}</em></p>`);
  out.push(`<h4>${e(s.quote)}</h4>`);
  for (const q of clause.quotes) out.push(`<blockquote lang="zh-CN">「${e(q)}」</blockquote>`);
  out.push(`<h4>${e(s.formula)}</h4>`, `<p>${e(fn.formula[locale])}</p>`);
  out.push(...constantsHtml(fn, locale), ...parametersHtml(fn, locale));
  if (fn.ambiguities?.length) {
    out.push(
      `<h4>${e(s.ambiguities)}</h4>`,
      `<table><thead><tr><th>${e(s.issue)}</th><th>${e(s.chosen)}</th><th>${e(s.alternative)}</th></tr></thead><tbody>`,
      ...fn.ambiguities.map(
        (a) =>
          `<tr><td>${e(a.issue[locale])}</td><td>${e(a.chosen[locale])}</td><td>${a.alternative ? e(a.alternative[locale]) : "–"}</td></tr>`
      ),
      "</tbody></table>"
    );
  }
  const ex = fn.examples[0];
  if (ex) {
    out.push(
      `<h4>${e(s.example)}</h4>`,
      `<code class="sig">${e(exampleCall(fn.name, ex.args))}</code>`,
      `<p>${e(s.result)}: <strong>${e(exampleResult(ex))}</strong>${typeof ex.expect === "number" ? e(locale === "en" ? " yuan" : " 元") : ""}. ${e(s.arithmetic)}: ${e(ex.arithmetic)}${ex.note ? ` (${e(ex.note)})` : ""}.</p>`
    );
  }
  out.push("</article>");
  return out.join("\n");
}

function constantsHtml(fn: ClauseFunction, locale: Language): string[] {
  const s: Strings = L[locale];
  const consts = constantRows(fn, locale);
  if (!consts.length) return [`<h4>${e(s.constants)}</h4>`, `<p>${e(s.noConstants)}</p>`];
  return [
    `<h4>${e(s.constants)}</h4>`,
    '<table class="kv"><tbody>',
    ...consts.map((r) => `<tr><th scope="row">${e(r.label)}</th><td>${e(r.value)}</td></tr>`),
    "</tbody></table>",
  ];
}

function parametersHtml(fn: ClauseFunction, locale: Language): string[] {
  const s: Strings = L[locale];
  if (!fn.params.length) return [`<h4>${e(s.parameters)}</h4>`, `<p>${e(s.noParameters)}</p>`];
  const out = [
    `<h4>${e(s.parameters)}</h4>`,
    `<table><thead><tr><th>${e(s.param.name)}</th><th>${e(s.param.unit)}</th><th>${e(s.param.required)}</th><th>${e(s.param.default)}</th><th>${e(s.param.description)}</th></tr></thead><tbody>`,
  ];
  for (const p of paramRows(fn, locale)) {
    const codes = p.codes.length
      ? `<ul class="codes">${p.codes.map((c) => `<li>${e(c)}</li>`).join("")}</ul>`
      : "";
    out.push(
      `<tr><td><code>${e(p.name)}</code></td><td>${e(p.unit)}</td><td>${e(p.required)}</td><td>${e(p.default)}</td><td>${e(p.description)}${codes}</td></tr>`
    );
  }
  out.push("</tbody></table>");
  return out;
}

function utilityHtml(f: SheetFunction, locale: Language): string {
  const s: Strings = L[locale];
  const out = [
    `<article id="${e(f.helpAnchor)}">`,
    `<h3>${e(f.name)}</h3>`,
    `<code class="sig">=${e(signature(f.name, f.params))}</code>`,
    `<p>${e(f.description[locale])}</p>`,
  ];
  if (f.params.length) {
    out.push(
      `<table><thead><tr><th>${e(s.param.name)}</th><th>${e(s.param.required)}</th><th>${e(s.param.description)}</th></tr></thead><tbody>`
    );
    for (const p of f.params)
      out.push(
        `<tr><td><code>${e(p.name)}</code></td><td>${e(utilityParamFlags(p, locale))}</td><td>${e(p.description[locale])}</td></tr>`
      );
    out.push("</tbody></table>");
  }
  out.push(
    `<p class="meta">${e(s.returns)}: ${e(f.result.type)}${f.result.dimensionality === "matrix" ? ` (${e(s.range)})` : ""}</p>`,
    "</article>"
  );
  return out.join("\n");
}

/**
 * The generated reference: docs/functions.md, docs/ambiguities.md, docs/sources/*.md and README.md's list of
 * policies are up to date with the catalog (scripts/write-docs.ts lists them), every
 * function has its anchor (functions.json's helpUrl points at help.html#NAME and help.zh-cn.html#NAME), the
 * help pages are static and self-contained, and catalog text is escaped.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { type Clause, clauses } from "../../src";
import { documentById } from "../../src/policies";
import { documentedSheetFunctions as sheetFunctions } from "../../src/sheet-functions/documented";
import {
  catalogSource,
  type DocsSource,
  escapeHtml,
  exampleCall,
  renderAmbiguitiesMarkdown,
  renderFunctionsMarkdown,
  renderHelpHtml,
  sourcePage,
} from "../../scripts/docs";
import { siteAssets } from "../../scripts/site-assets";
import { generatedDocs } from "../../scripts/write-docs";

const root = join(__dirname, "..", "..");
const clauseFns = clauses.filter((c) => c.fn).map((c) => ({ clause: c, fn: c.fn! }));
const html = { en: renderHelpHtml("en"), zh: renderHelpHtml("zh") };
const functionsMd = renderFunctionsMarkdown();

/** The part of a help page from a function's anchor to the end of its article. */
const article = (page: string, name: string): string => {
  const start = page.indexOf(`<article id="${name}"`);
  return start < 0 ? "" : page.slice(start, page.indexOf("</article>", start));
};

describe("generated docs are up to date", () => {
  it.each(Object.entries(generatedDocs))("%s matches the catalog", (file, render) => {
    const onDisk = readFileSync(join(root, file), "utf8");
    const expected = render();
    if (onDisk !== expected) {
      const a = onDisk.split("\n");
      const b = expected.split("\n");
      const i = a.findIndex((line, k) => line !== b[k]);
      throw new Error(
        `${file} is stale: run \`npm run docs\`.\nFirst difference at line ${(i < 0 ? a.length : i) + 1}:\n` +
          `  on disk:   ${a[i < 0 ? a.length : i] ?? "(end of file)"}\n  generated: ${b[i < 0 ? a.length : i] ?? "(end of file)"}`
      );
    }
  });

  it("docs/sources/ holds one page per document and nothing else", () => {
    const pages = readdirSync(join(root, "docs/sources")).map((f) => `sources/${f}`);
    expect(pages.sort()).toEqual(catalogSource.documents.map(sourcePage).sort());
    for (const page of pages) expect(Object.keys(generatedDocs)).toContain(`docs/${page}`);
  });
});

describe("anchors", () => {
  it("the catalog has clause functions to document", () => {
    expect(clauseFns.length).toBeGreaterThan(0);
  });

  it.each(clauseFns.map(({ clause, fn }) => [fn.name, clause] as [string, Clause]))(
    "%s has an anchor in help.html, help.zh-cn.html and functions.md, with its clause id",
    (name, clause) => {
      for (const page of [html.en, html.zh]) {
        expect(page).toContain(`id="${name}"`);
        expect(article(page, name)).toContain(clause.id);
      }
      expect(functionsMd).toContain(`<a id="${name}"></a>`);
      expect(functionsMd).toContain(`### ${name}`);
    }
  );

  it("every sheet function's helpAnchor (functions.json helpUrl) exists on both help pages", () => {
    for (const f of sheetFunctions) {
      expect([f.name, html.en.includes(`id="${f.helpAnchor}"`)]).toEqual([f.name, true]);
      expect([f.name, html.zh.includes(`id="${f.helpAnchor}"`)]).toEqual([f.name, true]);
    }
  });

  it.each(["en", "zh"] as const)("ids are unique on the %s help page", (locale) => {
    const ids = [...html[locale].matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(clauseFns.length);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every Shandong (draft) function says DRAFT (征求意见稿) on both pages and in functions.md", () => {
    const draft = clauseFns.filter(
      ({ clause }) => documentById.get(clause.document)?.status === "draft"
    );
    expect(draft.length).toBeGreaterThan(0);
    for (const { fn } of draft) {
      expect(article(html.en, fn.name)).toContain("DRAFT (征求意见稿)");
      expect(article(html.zh, fn.name)).toContain("DRAFT (征求意见稿)");
      expect(functionsMd).toContain(`### ${fn.name} — DRAFT (征求意见稿)`);
    }
  });

  it("every clause function's worked example and quotes appear on the pages", () => {
    for (const { clause, fn } of clauseFns) {
      const ex = fn.examples[0];
      if (ex)
        expect(article(html.en, fn.name)).toContain(escapeHtml(exampleCall(fn.name, ex.args)));
      for (const q of clause.quotes) expect(article(html.zh, fn.name)).toContain(escapeHtml(q));
    }
  });

  it("every ambiguity is on the English page in English and on the Chinese page in Chinese", () => {
    for (const { fn } of clauseFns)
      for (const a of fn.ambiguities ?? [])
        for (const text of [a.issue, a.chosen, a.alternative]) {
          if (!text) continue;
          expect(article(html.en, fn.name)).toContain(escapeHtml(text.en));
          expect(article(html.zh, fn.name)).toContain(escapeHtml(text.zh));
        }
  });
});

describe("help pages are static and self-contained", () => {
  it.each(["en", "zh"] as const)(
    "the %s page has no script and loads nothing from elsewhere",
    (locale) => {
      const page = html[locale];
      expect(page).toMatch(/^<!DOCTYPE html>/);
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/\son[a-z]+\s*=/i); // no inline event handlers
      expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
      expect(page).not.toMatch(/\b(src|href)\s*=\s*"(?:[a-z]+:)?\/\//i);
      expect(page).not.toMatch(/url\(/i);
      expect(page).not.toMatch(/@import/i);
    }
  );

  it("the pages are localized and link to each other", () => {
    expect(html.en).toContain('<html lang="en">');
    expect(html.zh).toContain('<html lang="zh-CN">');
    expect(html.en).toContain('href="help.zh-cn.html"');
    expect(html.zh).toContain('href="help.html"');
    const fn = clauseFns[0].fn;
    expect(article(html.en, fn.name)).toContain(escapeHtml(fn.description.en));
    expect(article(html.zh, fn.name)).toContain(escapeHtml(fn.description.zh));
  });

  it("webpack's site assets include both help pages", () => {
    const assets = siteAssets("https://localhost:3000/");
    expect(assets["help.html"]).toBe(html.en);
    expect(assets["help.zh-cn.html"]).toBe(html.zh);
  });
});

describe("escaping on the pages", () => {
  it("catalog text with '<' is escaped on the help pages and in functions.md", () => {
    const { clause, fn } = clauseFns[0];
    const evil = "<script>alert(1)</script> & <b>";
    const tampered: Clause = {
      ...clause,
      quotes: [evil],
      fn: {
        ...fn,
        description: { en: evil, zh: evil },
        formula: { en: evil, zh: evil },
        ambiguities: [
          {
            issue: { en: evil, zh: evil },
            chosen: { en: evil, zh: evil },
            alternative: { en: evil, zh: evil },
          },
        ],
      },
    };
    const src: DocsSource = { ...catalogSource, clauses: [tampered], sheetFunctions: [] };
    for (const page of [renderHelpHtml("en", src), renderHelpHtml("zh", src)]) {
      expect(page).not.toContain("<script");
      expect(page).not.toContain("<b>");
      expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;");
    }
    expect(renderFunctionsMarkdown(src)).not.toMatch(/<script|<b>/);
    expect(renderAmbiguitiesMarkdown(src)).not.toMatch(/<script|<b>/);
  });
});

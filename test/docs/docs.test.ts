/**
 * The generated reference: docs/functions.md and docs/ambiguities.md are up to date with the catalog, every
 * function has its anchor (functions.json's helpUrl points at help.html#NAME and help.zh-cn.html#NAME), the
 * help pages are static and self-contained, and catalog text is escaped.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { type Clause, clauses } from "../../src";
import { documentById } from "../../src/policies";
import { documentedSheetFunctions as sheetFunctions } from "../../src/sheet-functions/documented";
import {
  catalogSource,
  type DocsSource,
  escapeHtml,
  escapeMarkdown,
  exampleCall,
  renderAmbiguitiesMarkdown,
  renderFunctionsMarkdown,
  renderHelpHtml,
} from "../../scripts/docs";
import { constantRows } from "../../src/catalog/describe";
import { yuan } from "../../src/format/money";
import { percent } from "../../src/format/percent";
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

describe("escaping", () => {
  it("escapeHtml escapes markup characters", () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
    );
    expect(escapeHtml("「以上」 ≥ 500,000")).toBe("「以上」 ≥ 500,000");
  });

  it("escapeMarkdown keeps catalog text from becoming HTML or emphasis", () => {
    expect(escapeMarkdown("a <b>c</b> *d*")).toBe("a &lt;b>c&lt;/b> \\*d\\*");
    expect(escapeMarkdown("> quote")).toBe("&gt; quote");
    expect(escapeMarkdown("R&D, x > y")).toBe("R&D, x > y");
  });

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
        ambiguities: [{ issue: evil, chosen: evil, alternative: evil }],
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

describe("formatting", () => {
  it("money, rates and formula literals", () => {
    expect(yuan(15_000_000, "en")).toBe("15,000,000 yuan");
    expect(yuan(15_000_000, "zh")).toBe("15,000,000元（1500万元）");
    expect(yuan(100_000_000, "zh")).toBe("100,000,000元（1亿元）");
    expect(percent(0.035)).toBe("3.5%");
    expect(percent(0.3)).toBe("30%");
    expect(
      exampleCall("X", [
        1,
        'A"B',
        true,
        [
          [1, 2],
          [3, 4],
        ],
        undefined,
      ])
    ).toBe('=SUBSIDY.X(1, "A""B", TRUE, {1,2;3,4})');
    expect(exampleCall("X", [undefined, 5])).toBe("=SUBSIDY.X(, 5)");
  });

  it("constants: rates as %, caps as yuan, caps by code with the code's label, thresholds with their operator", () => {
    const { fn } = clauseFns[0];
    const rows = constantRows(
      {
        ...fn,
        params: [
          {
            name: "type",
            label: { en: "Type", zh: "类型" },
            kind: "code",
            unit: "code",
            required: true,
            codes: [{ value: "WORKSHOP", aliases: [], label: { en: "Workshop", zh: "车间" } }],
            description: { en: "", zh: "" },
          },
        ],
        constants: {
          rate: 0.1,
          threshold: 300_000,
          thresholdOp: ">",
          caps: { WORKSHOP: 2_000_000 },
          maxMonths: 36,
        },
      },
      "en"
    );
    expect(rows).toEqual([
      { label: "Rate", value: "10%" },
      { label: "Threshold", value: "> 300,000 yuan — more than (超过: the number excluded)" },
      { label: "Cap — WORKSHOP (Workshop)", value: "2,000,000 yuan" },
      { label: "Maximum months", value: "36 months" },
    ]);
  });
});

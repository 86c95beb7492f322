/**
 * docs/sources/<document id, lower case>.md: each document's policy text, verbatim, woven with the ids of
 * the clauses it quotes and links to their functions in docs/functions.md (weave.ts places them).
 */
import type { DocumentedClause as Clause, PolicyDocument } from "../../src/catalog/types";
import { escapeMarkdown } from "./escape";
import { catalogSource, type DocsSource, GENERATED, isDraft } from "./source";
import { L } from "./strings";
import { type Paragraph, paragraphsOf, placeQuotes, weave, type WovenLine } from "./weave";

/** Where a document's woven text is, relative to docs/. */
export const sourcePage = (doc: PolicyDocument): string => `sources/${doc.id.toLowerCase()}.md`;

/** The line after which the source text begins; everything below it is the source or a lead line. */
export const SOURCE_BEGINS = "<!-- The source text follows, verbatim. -->";

/** An inserted lead line: a quoted paragraph's clause line, or an indented paragraph's anchor. */
export const LEAD = /^(▸ .*\\|<a id="line-\d+"><\/a>)$/;

/** "▸ **HZ-02a** [HZ_COMPUTE_VOUCHER](../functions.md#HZ_COMPUTE_VOUCHER) · **HZ-05**" */
export function clauseLine(clauses: readonly Clause[]): string {
  // functions.md has an anchor per function and none per clause: a clause without one is named alone.
  const named = clauses.map((c) =>
    c.fn ? `**${c.id}** [${c.fn.name}](../functions.md#${c.fn.name})` : `**${c.id}**`
  );
  return `▸ ${named.join(" · ")}`;
}

/**
 * A quoted paragraph's lead names its clauses and ends in a hard line break, so the ids stand on a line of
 * their own above the text. An unquoted paragraph needs none, except one indented four spaces or more
 * (Heilongjiang's texts): Markdown would read it as a code block, so an anchor of its line (1-based, as an
 * editor counts) starts the paragraph instead.
 */
function leadLine(p: Paragraph, firstLine: string): string | undefined {
  if (p.clauses.length) return `${clauseLine(p.clauses)}\\`;
  return /^ {4}/.test(firstLine) ? `<a id="line-${p.first + 1}"></a>` : undefined;
}

/** The woven lines of `doc`'s text: the source's and the inserted leads (tests check the source is whole). */
export function wovenSource(doc: PolicyDocument, src: DocsSource = catalogSource): WovenLine[] {
  const text = src.sourceText(doc);
  const clauses = src.clauses.filter((c) => c.document === doc.id);
  return weave(text, paragraphsOf(text, placeQuotes(text, clauses)), leadLine);
}

export function renderSourceMarkdown(doc: PolicyDocument, src: DocsSource = catalogSource): string {
  const clauses = src.clauses.filter((c) => c.document === doc.id);
  const quotes = clauses.reduce((n, c) => n + c.quotes.length, 0);
  const others = src.documents
    .filter((d) => d.id !== doc.id)
    .map((d) => `[${d.id}](${sourcePage(d).replace(/^sources\//, "")})`);
  const header = [
    `<!-- ${GENERATED} -->`,
    "",
    `# ${escapeMarkdown(doc.title.zh)}${isDraft(doc) ? ` — ${L.en.draft}` : ""}`,
    "",
    `*${escapeMarkdown(doc.title.en)}* · ${doc.id} · [its functions](../functions.md#doc-${doc.id})`,
    "",
    `The policy text as the project ships it (\`src/policies/${doc.sourceFolder}/source.txt\`), verbatim, line by line. Before each paragraph that holds a clause's quoted words, a line (▸) names the clause and links its function in the [function reference](../functions.md); a clause without a function is named by its id alone. ${clauses.length} clauses, ${quotes} quotes, each placed once.${others.length ? ` The other documents: ${others.join(", ")}.` : ""}`,
    "",
    SOURCE_BEGINS,
    "",
  ];
  return [...header, ...wovenSource(doc, src).map((l) => l.text)].join("\n");
}

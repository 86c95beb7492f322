/** Escaping catalog strings for the generated pages: nothing a record says can become markup. */

/** Text → HTML text or attribute value: & < > " ' escaped. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Text → Markdown inline text: no raw HTML, no emphasis from catalog strings. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/^(\s*)>/gm, "$1&gt;")
    .replace(/\*/g, "\\*");
}

/** Text → one Markdown table cell. */
export const mdCell = (s: string): string =>
  escapeMarkdown(s).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");

/** Reading what a person types into a number field (the calculator, the preview's formula bar). */

// 1,500,000 / 1500000.5 / -3 / .5 / 1e6 — separators only in groups of three, as a person types them.
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * What a typed entry means: "" → omitted; "1,500,000" → 1500000; "30%" → 0.3; anything else stays
 * text, so the engine reports "must be a number" as the function would for a text cell. Full-width
 * digits and punctuation from a Chinese IME (１，５００) are read as their ASCII forms.
 */
export function parseEntry(entry: string): string | number | undefined {
  const text = entry.normalize("NFKC").trim();
  if (text === "") return undefined;
  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1).trim() : text;
  if (body !== "" && /\d/.test(body) && NUMBER.test(body)) {
    const n = Number(body.replace(/,/g, ""));
    return percent ? n / 100 : n;
  }
  return entry.trim();
}

/**
 * A clause's verbatim fragments in one cell, joined the way the spec prints them (「…」 … 「…」):
 * SUBSIDY.CLAUSE's quote and the audit report's quote column.
 */
export const joinQuotes = (quotes: readonly string[]): string => quotes.join("…");

/**
 * Worksheet names as Excel allows them: at most 31 characters, none of : \ / ? * [ ], not blank, not
 * starting or ending with an apostrophe, not "History" (reserved), unique regardless of case. A new
 * sheet never takes an existing name: "Scenario", then "Scenario (2)", "Scenario (3)", …
 */

export const MAX_SHEET_NAME = 31;

const upper = (name: string) => name.toUpperCase();

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/** Apostrophes and spaces at an end, however interleaved ("' 'Plan"): Excel refuses a name that begins or ends with "'". */
const EDGE_START = /^[\s']+/;
const EDGE_END = /[\s']+$/;

/**
 * `base` made a valid sheet name: forbidden characters become spaces, apostrophes and spaces at either end go,
 * before and after the cut to 31 characters (a cut can end on an apostrophe). The reserved "History" is
 * uniqueSheetName's concern, as it is about which names are taken.
 */
export function validSheetName(base: string): string {
  const cleaned = base
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .replace(EDGE_START, "")
    .replace(EDGE_END, "");
  const name = cut(cleaned, MAX_SHEET_NAME).replace(EDGE_END, "");
  return name || "Sheet";
}

/** A valid name for a new sheet that none of `existing` has (compared regardless of case). */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const name = validSheetName(base);
  const taken = new Set([...existing.map(upper), "HISTORY"]);
  if (!taken.has(upper(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cut(name, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(upper(candidate))) return candidate;
  }
}

/**
 * Search cost per keystroke over the whole catalog, through the pane's own pure search function
 * (taskpane/search.ts: buildSearchIndex once, searchClauses per keystroke). Queries are typed one
 * character at a time, as a user does; the figure is the median keystroke (p95 and max reported too).
 *
 *   ts-node --transpile-only bench/search.ts   → one JSON line
 */
import { clauses, documents } from "../src";
import { buildSearchIndex, searchClauses } from "../taskpane/search";
import { median } from "./stats";

/** What users type: English, Chinese, function names, ids, several terms. */
export const QUERIES = [
  "hangzhou",
  "研发补助",
  "HLJ_RD_SUBSIDY",
  "first set award",
  "首台（套）",
  "robot 50%",
  "data voucher",
  "HZ-HUMANOID-06",
  "贷款贴息",
  "cap 2,000,000",
];

export interface SearchResult {
  clauses: number;
  keystrokes: number;
  indexMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function runSearch(rounds = 20): SearchResult {
  const t0 = performance.now();
  const index = buildSearchIndex(clauses, documents);
  const indexMs = performance.now() - t0;
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      for (let k = 1; k <= q.length; k++) {
        const t = performance.now();
        found += searchClauses(index, q.slice(0, k)).length;
        if (r > 0) times.push(performance.now() - t); // round 0 warms the JIT
      }
    }
  }
  if (found === 0) throw new Error("search found nothing: the benchmark would time an empty loop");
  const sorted = [...times].sort((a, b) => a - b);
  return {
    clauses: clauses.length,
    keystrokes: times.length,
    indexMs,
    medianMs: median(times),
    p95Ms: sorted[Math.floor(sorted.length * 0.95)],
    maxMs: sorted[sorted.length - 1],
  };
}

if (require.main === module) console.log(JSON.stringify(runSearch()));

/**
 * How each argument of a clause function gets its value in the scenario sheet: typed in as an input, or
 * derived from other cells across years (arguments.ts writes the formulas). Decided by parameter name
 * today; the parameters' declared roles replace these names once every record carries one.
 */
import type { ClauseFunction, ParamSpec } from "../../catalog/types";
import { receivedScope } from "./cap-scopes";

export type Wiring =
  | { kind: "input" }
  | { kind: "received" }
  | { kind: "paid" }
  | { kind: "yearIndex" }
  | { kind: "previous"; source: string }
  | { kind: "maxBefore"; source: string };

/** Arguments derived from another input's earlier years (generic: by parameter name). */
const DERIVED: Record<string, { kind: "previous" | "maxBefore"; sources: string[] }> = {
  rd_prior_year: { kind: "previous", sources: ["rd_last_year", "rd_current_year"] },
  prior_max_revenue: { kind: "maxBefore", sources: ["annual_revenue"] },
};

export function wiringOf(fn: ClauseFunction, p: ParamSpec): Wiring {
  if (p.name === "received_to_date" && receivedScope[fn.name]) return { kind: "received" };
  if (p.name.startsWith("paid_in_prior")) return { kind: "paid" };
  if (p.name === "year_index") return { kind: "yearIndex" };
  const d = DERIVED[p.name];
  const source = d?.sources.find((s) => fn.params.some((q) => q.name === s));
  if (d && source) return { kind: d.kind, source };
  return { kind: "input" };
}

/**
 * How each argument of a clause function gets its value in the scenario sheet: typed in as an input, or
 * derived from other cells across years (arguments.ts writes the formulas). Read from the role each
 * parameter declares in its clause record (catalog/types.ts `ParamRole`), never from its name.
 */
import type { ClauseFunction, ParamSpec } from "../../catalog/types";

export type CapScope = "annual" | "cumulative";

export type Wiring =
  | { kind: "input" }
  | { kind: "received" }
  | { kind: "paid" }
  | { kind: "yearIndex" }
  | { kind: "previous"; source: string }
  | { kind: "maxBefore"; source: string };

export function wiringOf(p: ParamSpec): Wiring {
  const role = p.role;
  switch (role?.kind) {
    case "received":
    case "paid":
    case "yearIndex":
      return { kind: role.kind };
    case "previous":
    case "maxBefore":
      return { kind: role.kind, source: role.of };
    default:
      return { kind: "input" };
  }
}

/**
 * The scope of a function's received-to-date cap (spec §2.3, §9: "annual" counts receipts of the same
 * year, "cumulative" the whole policy term), or undefined when it has none.
 */
export function capScopeOf(fn: ClauseFunction): CapScope | undefined {
  for (const p of fn.params) if (p.role?.kind === "received") return p.role.scope;
  return undefined;
}

/**
 * Whether a function's received-to-date cap is per item (a project's cap: BJ-ROBOT-06b's 「年度最高」 per
 * project), so a clause's item rows with different item keys do not share it; otherwise the cap is the
 * enterprise's under the clause, shared by all its item rows.
 */
export function capPerItem(fn: ClauseFunction): boolean {
  return fn.params.some((p) => p.role?.kind === "received" && p.role.per === "item");
}

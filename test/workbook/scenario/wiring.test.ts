/**
 * The scenario sheet's wiring reads the parameters' declared roles (spec §2.3, §9): every received_to_date
 * declares its cap's scope, and the scope agrees with the room step the formula records; a role naming
 * another parameter (last year's value, the highest earlier one) names one of the same function.
 */
import { clauses, evaluate } from "../../../src";
import { capScopeOf, wiringOf } from "../../../src/workbook/scenario/wiring";

const fns = clauses.flatMap((c) => (c.fn ? [c.fn] : []));

describe("received_to_date scopes (spec §2.3, §9)", () => {
  const withReceived = fns.filter((f) => f.params.some((p) => p.name === "received_to_date"));
  it("every function with received_to_date has a scope, and no other", () => {
    expect(fns.filter((f) => capScopeOf(f)).map((f) => f.name)).toEqual(
      withReceived.map((f) => f.name)
    );
  });
  it.each(withReceived.map((f) => [f.name, f] as const))(
    "%s: the room step its formula records matches the scope",
    (name, fn) => {
      const ex = fn.examples.find((e) => typeof e.expect === "number")!;
      const rooms = evaluate(name, ex.args).steps.filter((s) => s.kind === "room");
      expect(rooms.length).toBeGreaterThan(0);
      const label = rooms[rooms.length - 1].label.en.toLowerCase();
      expect(label.startsWith(capScopeOf(fn)!)).toBe(true);
    }
  );
});

describe("derived arguments", () => {
  it("a previous-year or highest-earlier role names another parameter of the same function", () => {
    for (const fn of fns)
      for (const p of fn.params) {
        const w = wiringOf(p);
        if (w.kind === "previous" || w.kind === "maxBefore")
          expect([fn.name, p.name, fn.params.some((q) => q.name === w.source && q !== p)]).toEqual([
            fn.name,
            p.name,
            true,
          ]);
      }
  });
  it("the R&D and revenue clauses derive last year's R&D and the highest earlier revenue", () => {
    const roleOf = (fn: string, param: string) =>
      fns.find((f) => f.name === fn)!.params.find((p) => p.name === param)!.role;
    expect(roleOf("HLJ_RD_SUBSIDY", "rd_prior_year")).toEqual({
      kind: "previous",
      of: "rd_last_year",
    });
    expect(roleOf("HZ_RD_SUBSIDY", "rd_prior_year")).toEqual({
      kind: "previous",
      of: "rd_current_year",
    });
    expect(roleOf("HLJ_REVENUE_MILESTONE_AWARD", "prior_max_revenue")).toEqual({
      kind: "maxBefore",
      of: "annual_revenue",
    });
  });
});

/** The received_to_date scopes the scenario sheet wires (spec §2.3, §9), checked against the catalog. */
import { clauses, evaluate } from "../../../src";
import { receivedScope } from "../../../src/workbook/scenario/cap-scopes";

describe("received_to_date scopes (spec §2.3, §9)", () => {
  const withReceived = clauses
    .filter((c) => c.fn?.params.some((p) => p.name === "received_to_date"))
    .map((c) => c.fn!);
  it("every function with received_to_date has a scope, and no other", () => {
    expect(Object.keys(receivedScope).sort()).toEqual(withReceived.map((f) => f.name).sort());
  });
  it.each(withReceived.map((f) => [f.name, f] as const))(
    "%s: the room step its formula records matches the scope",
    (name, fn) => {
      const ex = fn.examples.find((e) => typeof e.expect === "number")!;
      const rooms = evaluate(name, ex.args).steps.filter((s) => s.kind === "room");
      expect(rooms.length).toBeGreaterThan(0);
      const label = rooms[rooms.length - 1].label.en.toLowerCase();
      expect(label.startsWith(receivedScope[name])).toBe(true);
    }
  );
});

/**
 * The documented view joins each clause with the notes of its `<ID>.text.ts` (src/policies/documented.ts):
 * the record keeps what the functions runtime reads, the notes what only the pane and the docs show, and
 * the join refuses a `oneTime` without the words it rests on, such words without a `oneTime`, and notes
 * for no clause.
 */
import type { ClauseText, TextModule } from "../../src/catalog/types";
import { clauseById, registry } from "../../src/policies";
import { buildDocumented } from "../../src/policies/documented";
import { TEXTS } from "../../src/policies/text-list";
import { documented } from "../../src/policies/texts";

type Constants = Record<string, unknown>;
const prose: readonly TextModule[] = TEXTS.flat();
const without = (id: string) => prose.filter((p) => p.notes?.id !== id);

describe("the documented view: clause notes", () => {
  it("joins the notes: HLJ-ROBOT-09's oneTime with its words, HLJ-ROBOT-02c's context", () => {
    expect(documented.clauseById.get("HLJ-ROBOT-09")!.oneTime).toEqual({
      kind: "tiers",
      because: "年营收规模首次超过1000万元、5000万元、1亿元、3亿元的",
    });
    expect(documented.clauseById.get("HLJ-ROBOT-02c")!.context).toHaveLength(1);
  });

  it("leaves the prose out of the runtime records", () => {
    const runtime = clauseById.get("HLJ-ROBOT-09")!;
    expect(runtime.oneTime).toEqual({ kind: "tiers" });
    expect("context" in clauseById.get("HLJ-ROBOT-02c")!).toBe(false);
  });

  it("refuses a oneTime without its because", () => {
    expect(() => buildDocumented(registry, without("HLJ-ROBOT-09"))).toThrow(
      "HLJ-ROBOT-09 has a oneTime but no because"
    );
  });

  it("refuses a because on a clause without a oneTime", () => {
    const extra = [...without("HLJ-ROBOT-02c"), { notes: { id: "HLJ-ROBOT-02c", because: "x" } }];
    expect(() => buildDocumented(registry, extra)).toThrow(
      "HLJ-ROBOT-02c has a because in its notes but no oneTime"
    );
  });

  it("refuses notes for no clause, and two notes for one clause", () => {
    expect(() => buildDocumented(registry, [...prose, { notes: { id: "XX-NONE-01" } }])).toThrow(
      "notes describe XX-NONE-01, which is no clause"
    );
    expect(() => buildDocumented(registry, [...prose, { notes: { id: "HLJ-ROBOT-02c" } }])).toThrow(
      "two notes describe HLJ-ROBOT-02c"
    );
  });
});


describe("the documented view: code labels", () => {
  /** The prose with one function's text edited. */
  const editText = (name: string, edit: (t: ClauseText) => ClauseText) =>
    prose.map((p) =>
      p.text?.name === name
        ? { ...p, text: { name, of: (c: Constants) => edit(p.text!.of(c)) } }
        : p
    );
  const codesOf = (
    fn: { params: readonly { name: string; codes?: readonly unknown[] }[] },
    n: string
  ) => fn.params.find((p) => p.name === n)!.codes;

  it("labels every code from the text, a reading's from the record: only those stay in functions.js", () => {
    const workshop = {
      value: "WORKSHOP",
      aliases: ["LINE", "数字化车间", "生产线", "数字化车间（生产线）"],
    };
    expect(
      codesOf(registry.functionByName.get("HLJ_DIGITAL_FACTORY_SUBSIDY")!.fn, "type")![0]
    ).toEqual(workshop);
    expect(
      codesOf(documented.functionOf({ name: "HLJ_DIGITAL_FACTORY_SUBSIDY" }), "type")![0]
    ).toEqual({
      ...workshop,
      label: { en: "Digital workshop (production line)", zh: "数字化车间（生产线）" },
    });
    const highest = { en: "Highest tier newly crossed", zh: "按新跨越的最高档" };
    const runtimeMode = codesOf(
      registry.functionByName.get("HLJ_REVENUE_MILESTONE_AWARD")!.fn,
      "mode"
    );
    expect(runtimeMode![0]).toMatchObject({ value: "HIGHEST", label: highest });
  });

  it("refuses a code without a label, and a reading's label in the text", () => {
    expect(() =>
      buildDocumented(
        registry,
        editText("HLJ_DIGITAL_FACTORY_SUBSIDY", ({ codes: _, ...t }) => t)
      )
    ).toThrow("HLJ_DIGITAL_FACTORY_SUBSIDY type = WORKSHOP: its label is the text's only");
    const both = editText("HLJ_REVENUE_MILESTONE_AWARD", (t) => ({
      ...t,
      codes: { mode: { HIGHEST: { en: "x", zh: "x" } } },
    }));
    expect(() => buildDocumented(registry, both)).toThrow(
      "HLJ_REVENUE_MILESTONE_AWARD mode = HIGHEST is a reading: its label is the record's only"
    );
  });

  it("refuses a label for a code or a parameter the record lacks", () => {
    const unknownCode = editText("HLJ_DIGITAL_FACTORY_SUBSIDY", (t) => ({
      ...t,
      codes: { type: { ...t.codes!.type, PLANT: { en: "x", zh: "x" } } },
    }));
    expect(() => buildDocumented(registry, unknownCode)).toThrow("labels unknown type codes PLANT");
    const notCode = editText("HLJ_DIGITAL_FACTORY_SUBSIDY", (t) => ({
      ...t,
      codes: { ...t.codes, contract_amount: {} },
    }));
    expect(() => buildDocumented(registry, notCode)).toThrow(
      "labels codes of contract_amount, not a code parameter"
    );
  });
});

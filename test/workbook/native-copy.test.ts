/**
 * "Copy sheet with native formulas" on hand-made sheets: each SUBSIDY call becomes what issue 14 says —
 * twins in place (nested ones in parentheses, the marker kept), IN_FORCE and CLAUSE literals, EACH one twin
 * per spilled cell, EXPLAIN its values — and whatever stays is reported by cell with its reason.
 */
import { calculate } from "../../src";
import { nativeFormula } from "../../src/native";
import { copyWithNativeFormulas } from "../../src/workbook/native-copy";
import { nativeCopyPlan } from "../../src/workbook/native-copy-plan";
import type { SheetSnapshot } from "../../src/workbook/native-copy-types";
import type { SheetFunctionCall } from "../../src/workbook/native-copy-values";

/** A snapshot from A1 whose values are the formulas' where none are given. */
function sheet(formulas: unknown[][], values?: unknown[][], extra: Partial<SheetSnapshot> = {}) {
  const snap: SheetSnapshot = {
    name: "Model",
    row: 0,
    col: 0,
    formulas,
    values: values ?? formulas,
    numberFormats: formulas.map((line) => line.map(() => "General")),
    columnWidths: [],
    spills: [],
    spillsChecked: true,
    names: [],
    freezeRows: 0,
    ...extra,
  };
  return snap;
}

const contents = (snap: SheetSnapshot, compute: SheetFunctionCall = calculate) => {
  const copy = copyWithNativeFormulas(snap, compute);
  const at = (a1: string) => copy.cells.find((c) => cellOf(c.row, c.col) === a1);
  return { copy, at };
};
const cellOf = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
const twin = (name: string, args: (string | undefined)[]) => nativeFormula(name, args).slice(1);

describe("clause function calls become their twins", () => {
  it("a call inside a larger formula: in parentheses, without its =, marker kept", () => {
    const { at, copy } = contents(
      sheet([["Investment", 6_000_000, "=SUBSIDY.HZ_SCENARIO_AWARD(B1)*2"]])
    );
    const formula = at("C1")!.formula!;
    expect(formula).toBe(`=(${twin("HZ_SCENARIO_AWARD", ["B1"])})*2`);
    expect(formula).toContain('+N("SUBSIDY:HZ_SCENARIO_AWARD"))*2');
    expect(copy.report.entries).toEqual([{ cell: "C1", fn: "HZ_SCENARIO_AWARD", outcome: "twin" }]);
    expect(copy.report.remaining).toEqual([]);
  });

  it("a whole-cell call is the twin itself; a call filling an argument needs no parentheses", () => {
    const { at } = contents(
      sheet([[1, "=SUBSIDY.SD_MODEL_VOUCHER(A1)", "=IF(A1>0,SUBSIDY.SD_MODEL_VOUCHER(A1),0)"]])
    );
    expect(at("B1")!.formula).toBe(nativeFormula("SD_MODEL_VOUCHER", ["A1"]));
    expect(at("C1")!.formula).toBe(`=IF(A1>0,${twin("SD_MODEL_VOUCHER", ["A1"])},0)`);
  });

  it("literal and reference arguments pass as written, an expression in parentheses, an omitted one omitted", () => {
    const { at } = contents(
      sheet([
        [
          "=SUBSIDY.SD_MODEL_VOUCHER(1500000)",
          "=SUBSIDY.HZ_SCENARIO_AWARD(A2+B2)",
          "=SUBSIDY.HZ_SCENARIO_AWARD('Other sheet'!$C$3)",
          "=SUBSIDY.SD_MODEL_VOUCHER()",
        ],
      ])
    );
    expect(at("A1")!.formula).toBe(nativeFormula("SD_MODEL_VOUCHER", ["1500000"]));
    expect(at("B1")!.formula).toBe(nativeFormula("HZ_SCENARIO_AWARD", ["(A2+B2)"]));
    expect(at("C1")!.formula).toBe(nativeFormula("HZ_SCENARIO_AWARD", ["'Other sheet'!$C$3"]));
    expect(at("D1")!.formula).toBe(nativeFormula("SD_MODEL_VOUCHER", []));
  });
});

describe("IN_FORCE and CLAUSE become literals", () => {
  it("a cell holding only the call gets the value it shows", () => {
    const { at, copy } = contents(
      sheet(
        [
          [
            '=SUBSIDY.IN_FORCE("HZ-HUMANOID",DATE(2026,12,31))',
            '=SUBSIDY.CLAUSE("HZ-HUMANOID-06","number")',
            '=SUBSIDY.IN_FORCE("X",1)',
          ],
        ],
        [[true, "六", "#VALUE!"]]
      )
    );
    expect(at("A1")).toEqual({ row: 0, col: 0, value: true });
    expect(at("B1")).toEqual({ row: 0, col: 1, value: "六" });
    // An error shows as the error: a formula giving it, not a text.
    expect(at("C1")).toEqual({ row: 0, col: 2, formula: "=#VALUE!" });
    expect(copy.report.entries.map((e) => e.outcome)).toEqual(["literal", "literal", "literal"]);
  });

  it("inside a formula, computed now from literal arguments and cells of the sheet", () => {
    const asked: unknown[][] = [];
    const compute = (name: string, args: readonly unknown[]) => {
      asked.push([name, ...args]);
      return name === "IN_FORCE" ? false : 'say "yes"';
    };
    const { at } = contents(
      sheet(
        [
          [
            "HZ-HUMANOID",
            46387,
            '=IF(SUBSIDY.IN_FORCE(A1,B1),1,0)&SUBSIDY.CLAUSE("HZ-HUMANOID-06","summary")',
          ],
        ],
        [["HZ-HUMANOID", 46387, "0say"]]
      ),
      compute
    );
    expect(asked).toEqual([
      ["IN_FORCE", "HZ-HUMANOID", 46387],
      ["CLAUSE", "HZ-HUMANOID-06", "summary"],
    ]);
    expect(at("C1")!.formula).toBe('=IF(FALSE,1,0)&"say ""yes"""');
  });

  it("a text longer than Excel's 255 characters is joined from pieces", () => {
    const long = "条".repeat(300);
    const { at } = contents(
      sheet([['=LEN(SUBSIDY.CLAUSE("HZ-HUMANOID-06","quote"))']], [[300]]),
      () => long
    );
    // 300 = 255 + 45 characters.
    expect(at("A1")!.formula).toBe(`=LEN(("${"条".repeat(255)}"&"${"条".repeat(45)}"))`);
  });

  it("an argument only a formula engine knows leaves the call, reported", () => {
    const { copy } = contents(
      sheet([['=IF(SUBSIDY.IN_FORCE("HZ-HUMANOID",DATE(2026,12,31)),1,0)']], [[1]])
    );
    expect(copy.report.entries[0]).toMatchObject({
      fn: "IN_FORCE",
      outcome: "kept",
      reason: "argument-unknown",
    });
    expect(copy.report.remaining).toEqual([{ cell: "A1", functions: ["IN_FORCE"] }]);
  });
});

describe("EACH, EXPLAIN, STACK", () => {
  it("EACH becomes one twin per cell of its spill, over each element's cell", () => {
    const formula = '=SUBSIDY.EACH("HZ_SCENARIO_AWARD",$A$1:$A$3)';
    const { at, copy } = contents(
      sheet(
        [
          [100, formula],
          [200, ""],
          [300, ""],
        ],
        [
          [100, 50],
          [200, 100],
          [300, 150],
        ],
        {
          spills: [{ row: 0, col: 1, rows: 3, cols: 1 }],
        }
      )
    );
    expect(["B1", "B2", "B3"].map((a) => at(a)!.formula)).toEqual(
      ["$A$1", "$A$2", "$A$3"].map((r) => nativeFormula("HZ_SCENARIO_AWARD", [r]))
    );
    expect(copy.report.entries).toEqual([{ cell: "B1", fn: "HZ_SCENARIO_AWARD", outcome: "twin" }]);
  });

  it("EACH whose spill was blocked stays as written", () => {
    const { at, copy } = contents(
      sheet(
        [
          [100, '=SUBSIDY.EACH("HZ_SCENARIO_AWARD",A1:A2)'],
          [200, "x"],
        ],
        [
          [100, "#SPILL!"],
          [200, "x"],
        ]
      )
    );
    expect(at("B1")!.formula).toBe('=SUBSIDY.EACH("HZ_SCENARIO_AWARD",A1:A2)');
    expect(at("B2")!.value).toBe("x");
    expect(copy.report.entries).toEqual([
      { cell: "B1", fn: "HZ_SCENARIO_AWARD", outcome: "kept", reason: "each-spill" },
    ]);
  });

  it("EXPLAIN becomes the values of its whole spill, with a note in the plan", () => {
    const snap = sheet(
      [
        ['=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",1000)', ""],
        ["", ""],
      ],
      [
        ["Step", "Value"],
        ["Award", 500],
      ],
      { spills: [{ row: 0, col: 0, rows: 2, cols: 2 }] }
    );
    const { copy } = contents(snap);
    expect(copy.cells).toEqual([
      { row: 0, col: 0, value: "Step" },
      { row: 0, col: 1, value: "Value" },
      { row: 1, col: 0, value: "Award" },
      { row: 1, col: 1, value: 500 },
    ]);
    expect(copy.report.entries).toEqual([{ cell: "A1", fn: "EXPLAIN", outcome: "values" }]);
    const plan = nativeCopyPlan(snap, copy, "Model (native)", "values, not recomputed");
    expect(plan.cells.find((c) => c.row === 0 && c.col === 0)).toMatchObject({
      value: "'Step",
      note: "values, not recomputed",
    });
    expect(plan.cells.filter((c) => c.note)).toHaveLength(1);
  });

  it("STACK and STACK_ROWS become native over ranges of the sheet (a blank table: 0)", () => {
    const { at, copy } = contents(
      sheet([["=SUBSIDY.STACK(A2:A3,B2:B3)", "=SUBSIDY.STACK_ROWS(A2:A3,B2:B3)"]], undefined, {
        spills: [{ row: 0, col: 1, rows: 2, cols: 1 }],
      })
    );
    // No ids: two blank rows, each 0 unless it has an award (the add-in's #VALUE!).
    const blank = (a: string) => `IF(OR(${a}="",${a}=0),0,NA())`;
    expect(at("A1")!.formula).toBe(`=(${blank("B2")})+(${blank("B3")})`);
    expect([at("B1")!.formula, at("B2")!.formula]).toEqual([`=${blank("B2")}`, `=${blank("B3")}`]);
    expect(copy.report.entries.map((e) => [e.cell, e.fn, e.outcome])).toEqual([
      ["A1", "STACK", "twin"],
      ["B1", "STACK_ROWS", "twin"],
    ]);
  });

  it("a group member's row: the scenario's masks, its id matched as a clause id or a function name", () => {
    const { at } = contents(
      sheet(
        [
          ["=SUBSIDY.STACK_ROWS(C1:C2,D1:D2)", "", "HLJ-ROBOT-11", 1],
          ["", "", "hlj-ai-11b", 2],
        ],
        undefined,
        { spills: [{ row: 0, col: 0, rows: 2, cols: 1 }] }
      )
    );
    const ids = (cell: string) =>
      // Each member's clause id, function name and id as written in the table (here hlj-ai-11b).
      [
        "HLJ-ROBOT-11",
        "HLJ_LAUNCH_EVENT_SUBSIDY",
        "HLJ-AI-11b",
        "HLJAI_LAUNCH_EVENT_SUBSIDY",
        "hlj-ai-11b",
      ]
        .map((id) => `(${cell}="${id}")`)
        .join("+");
    // Row 1 of 2: dropped when the row below has a strictly larger award; row 2 when the row above has one
    // at least as large (ties go up). No item keys: one item.
    expect(at("A1")!.formula).toBe(`=IF(SUMPRODUCT((${ids("C2")})*(D2>D1))>0,0,D1)`);
    expect(at("A2")!.formula).toBe(`=IF(SUMPRODUCT((${ids("C1")})*(D1>=D2))>0,0,D2)`);
  });

  it("STACK and STACK_ROWS off the sheet, over a block, or naming no clause stay; nested EACH and unknown names too", () => {
    const { copy } = contents(
      sheet([
        [
          "=SUBSIDY.STACK('Other'!A2:A3,B2:B3)",
          "=SUBSIDY.STACK_ROWS(A2:B3,C2:D3)",
          '=SUM(SUBSIDY.EACH("HZ_SCENARIO_AWARD",A2:A3))',
          "=SUBSIDY.NO_SUCH(1)",
          "=SUBSIDY.STACK(A3:A3,B3:B3)",
          "=SUM(SUBSIDY.STACK_ROWS(A2:A3,B2:B3))",
        ],
        ["", "", "", ""],
        ["NO-SUCH-CLAUSE", 5, "", ""],
      ])
    );
    expect(copy.report.entries.map((e) => [e.cell, e.fn, e.reason])).toEqual([
      ["A1", "STACK", "stack"],
      ["B1", "STACK_ROWS", "stack"],
      ["C1", "EACH", "each-nested"],
      ["D1", "NO_SUCH", "unknown-function"],
      ["E1", "STACK", "argument-unknown"],
      ["F1", "STACK_ROWS", "stack"],
    ]);
    expect(copy.report.remaining.map((r) => r.cell)).toEqual(["A1", "B1", "C1", "D1", "E1", "F1"]);
  });
});

describe("the rest of the sheet", () => {
  it("constants and other formulas are copied; another formula's spill is left to spill again", () => {
    const { copy } = contents(
      sheet(
        [
          ["Label", "=SEQUENCE(2)", 0.5],
          ["", "", true],
        ],
        [
          ["Label", 1, 0.5],
          ["", 2, true],
        ],
        {
          spills: [{ row: 0, col: 1, rows: 2, cols: 1 }],
        }
      )
    );
    expect(copy.cells).toEqual([
      { row: 0, col: 0, value: "Label" },
      { row: 0, col: 1, formula: "=SEQUENCE(2)" },
      { row: 0, col: 2, value: 0.5 },
      { row: 1, col: 2, value: true },
    ]);
    expect(copy.report.entries).toEqual([]);
  });

  it("a formula that would pass Excel's 8,192 characters stays as it was", () => {
    // 60 twins of about 150 characters each: about 9,000 characters; the original is 60 × 30.
    const formula = `=${Array.from({ length: 60 }, () => "SUBSIDY.SD_MODEL_VOUCHER(A2)").join("+")}`;
    const { at, copy } = contents(sheet([[formula]]));
    expect(at("A1")!.formula).toBe(formula);
    expect(copy.report.entries).toHaveLength(60);
    expect(copy.report.entries.every((e) => e.outcome === "kept" && e.reason === "limits")).toBe(
      true
    );
    expect(copy.report.remaining).toEqual([{ cell: "A1", functions: ["SD_MODEL_VOUCHER"] }]);
  });

  it("the plan keeps formats, widths, frozen rows and the sheet's names, and marks texts as text", () => {
    const snap = sheet(
      [
        ["2026", "=SUBSIDY.HZ_SCENARIO_AWARD(invest)"],
        ["", ""],
      ],
      undefined,
      {
        numberFormats: [
          ["General", "#,##0.00"],
          ["#,##0", "General"],
        ],
        columnWidths: [12, 30],
        freezeRows: 1,
        names: [{ name: "invest", row: 1, col: 0, rows: 1, cols: 1 }],
      }
    );
    const plan = nativeCopyPlan(
      snap,
      copyWithNativeFormulas(snap, calculate),
      "Model (native)",
      "n"
    );
    expect(plan.cells).toEqual([
      { row: 0, col: 0, format: "General", value: "'2026" },
      {
        row: 0,
        col: 1,
        format: "#,##0.00",
        formula: nativeFormula("HZ_SCENARIO_AWARD", ["invest"]),
      },
      { row: 1, col: 0, format: "#,##0" },
    ]);
    expect(plan).toMatchObject({
      sheetName: "Model (native)",
      columnWidths: [12, 30],
      freezeRows: 1,
      names: snap.names,
    });
  });
});

import { blockRef, columnName, range, ref, sheetPrefix } from "../../src/format/a1";

describe("A1 references", () => {
  it("column letters are bijective base 26", () => {
    // 0 → A; 25 → Z; 26 → AA (1·26 + 1); 701 → ZZ (26·26 + 26 = 702nd column); 702 → AAA; 16383 → XFD,
    // Excel's last column (24·676 + 6·26 + 4 = 16384th).
    expect([0, 25, 26, 701, 702, 16383].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("cells, absolute markers and sheet prefixes", () => {
    expect(ref(0, 0)).toBe("A1");
    expect(ref(9, 26)).toBe("AA10");
    expect(ref(4, 2, { row: true, col: true })).toBe("$C$5");
    expect(ref(4, 2, { row: true })).toBe("C$5");
    expect(ref(4, 2, { col: true })).toBe("$C5");
    expect(sheetPrefix("O'Brien")).toBe("'O''Brien'!");
    expect(ref(0, 5, {}, "情景测算")).toBe("'情景测算'!F1");
  });

  it("ranges and blocks", () => {
    expect(range(1, 1, 7, 3)).toBe("B2:D8");
    expect(range(1, 1, 7, 3, { row: true, col: true }, "Audit")).toBe("'Audit'!$B$2:$D$8");
    expect(blockRef(1, 1, 1, 1)).toBe("B2");
    // 3 rows × 2 columns from B2: rows 2–4, columns B–C.
    expect(blockRef(1, 1, 3, 2)).toBe("B2:C4");
    expect(blockRef(9, 5, 3, 1, { row: true, col: true })).toBe("$F$10:$F$12");
  });
});

import { uniqueSheetName, validSheetName } from "../../../taskpane/host/sheet-names";

describe("sheet names as Excel allows them", () => {
  it("keeps a valid name; replaces : \\ / ? * [ ] and trims apostrophes at the ends", () => {
    expect(validSheetName("Scenario")).toBe("Scenario");
    expect(validSheetName("情景测算")).toBe("情景测算");
    expect(validSheetName("a:b\\c/d?e*f[g]h")).toBe("a b c d e f g h");
    expect(validSheetName("'quoted'")).toBe("quoted");
    expect(validSheetName("it's")).toBe("it's");
    expect(validSheetName("  [ ]  ")).toBe("Sheet");
  });

  it("at most 31 characters, never ending in a space or apostrophe, never splitting a surrogate pair", () => {
    expect(validSheetName("x".repeat(40))).toHaveLength(31);
    expect(validSheetName(`${"y".repeat(29)} 'z`)).toBe("y".repeat(29));
    expect(validSheetName(`${"y".repeat(30)}😀`)).toBe("y".repeat(30));
  });

  it("apostrophes and spaces interleaved at an end all go, before and after the 31-character cut", () => {
    // "' 'Plan": stripping one apostrophe, then spaces, left "'Plan", which Excel refuses.
    expect(validSheetName("' 'Plan")).toBe("Plan");
    expect(validSheetName("Plan' '")).toBe("Plan");
    expect(validSheetName("' ' '")).toBe("Sheet");
    // 28 y's, then "' 'z" (32 characters): the cut keeps "yyy…y' '"; its trailing "' '" goes too.
    expect(validSheetName(`${"y".repeat(28)}' 'z`)).toBe("y".repeat(28));
    // An apostrophe inside stays, even right at the cut when the name goes on: 30 y's + "'" + "z" → 31 characters end on "'".
    expect(validSheetName(`${"y".repeat(30)}'z`)).toBe("y".repeat(30));
    expect(validSheetName(`${"y".repeat(29)}'zz`)).toBe(`${"y".repeat(29)}'z`);
  });

  it("every name it makes is one Excel accepts", () => {
    const accepted = (name: string) =>
      name.length >= 1 &&
      name.length <= 31 &&
      !/[:\\/?*[\]]/.test(name) &&
      !name.startsWith("'") &&
      !name.endsWith("'") &&
      name.trim() === name;
    const bases = [
      "' 'Plan",
      "''a''",
      `${"b".repeat(30)}'`,
      `'${"c".repeat(40)}`,
      "[:]",
      "a ' ' ' b",
    ];
    for (const base of bases) {
      expect(accepted(validSheetName(base))).toBe(true);
      expect(accepted(uniqueSheetName(base, [validSheetName(base)]))).toBe(true);
    }
  });

  it("a new name is never an existing one (regardless of case): Scenario, Scenario (2), Scenario (3)…", () => {
    expect(uniqueSheetName("Scenario", ["Sheet1"])).toBe("Scenario");
    expect(uniqueSheetName("Scenario", ["SCENARIO"])).toBe("Scenario (2)");
    expect(uniqueSheetName("Scenario", ["Scenario", "scenario (2)"])).toBe("Scenario (3)");
    expect(uniqueSheetName("History", [])).toBe("History (2)"); // reserved by Excel
  });

  it("the suffix fits within 31 characters", () => {
    const long = "Subsidy scenario for a company";
    const name = uniqueSheetName(long, [long]);
    expect(name).toBe("Subsidy scenario for a comp (2)");
    expect(name.length).toBeLessThanOrEqual(31);
    const many = Array.from({ length: 12 }, (_, k) => (k === 0 ? "A" : `A (${k + 1})`));
    expect(uniqueSheetName("A", many)).toBe("A (13)");
  });
});

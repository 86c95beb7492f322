import { initialForm, parseYears } from "../../../taskpane/scenario/form";

const years = (firstYear: string, lastYear: string) =>
  parseYears({ ...initialForm(), firstYear, lastYear });

describe("the scenario form's model years", () => {
  it("four-digit years running forward", () => {
    expect(years("2026", "2028")).toEqual({ first: 2026, last: 2028 });
    expect(years(" 2026 ", "2026")).toEqual({ first: 2026, last: 2026 }); // one year, spaces trimmed
  });

  it("at most 30 years: 2026–2055 is 30 (2055 − 2026 + 1), 2026–2056 is 31", () => {
    expect(years("2026", "2055")).toEqual({ first: 2026, last: 2055 });
    expect(years("2026", "2056")).toBeNull();
  });

  it("backwards, out of range or not four digits: none", () => {
    expect(years("2028", "2026")).toBeNull();
    expect(years("1899", "1900")).toBeNull(); // before 1900, Excel's first date year
    expect(years("9998", "9998")).toEqual({ first: 9998, last: 9998 });
    expect(years("9998", "9999")).toBeNull(); // 9998 is the last year the generator takes
    expect(years("26", "28")).toBeNull();
    expect(years("2026.5", "2028")).toBeNull();
    expect(years("", "2028")).toBeNull();
  });
});

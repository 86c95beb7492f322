/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { catalog, evaluate } from "../../../src";
import { Calculator } from "../../../taskpane/components/Calculator/Calculator";
import { ExcelHost } from "../../../taskpane/host/excel";
import { byName, field, renderInPane } from "./render";

const fnOf = (name: string) => catalog.functionByName.get(name)!.fn;
const set = (name: string, text: string) =>
  fireEvent.change(field(name), { target: { value: text } });
const award = () => screen.getByRole("status");
const error = () => document.querySelector(".fui-MessageBar") as HTMLElement;

function fillRd(values: Partial<Record<string, string>> = {}) {
  const all = {
    rd_last_year: "8,000,000",
    rd_prior_year: "6000000",
    base_stock_ratio: "0.02",
    base_increment_ratio: "0.1",
    ...values,
  };
  for (const [k, v] of Object.entries(all)) set(k, v!);
}

describe("the calculator", () => {
  it("builds a field per parameter with its unit; defaults pre-filled, codes as a dropdown", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />);
    expect(field("rd_last_year")).toHaveValue("");
    expect(field("received_to_date")).toHaveValue("0");
    expect(field("base_annual_cap")).toHaveAttribute("placeholder", "(omitted)");
    const basis = screen.getByLabelText(byName("stock_basis")) as HTMLSelectElement;
    expect(basis.tagName).toBe("SELECT");
    expect(basis.value).toBe("SPLIT");
    expect([...basis.options].map((o) => o.value)).toEqual(["SPLIT", "TOTAL"]);
    // The short label first, the identifier small beside it, then the unit.
    expect(screen.getByText("rd_last_year").parentElement).toHaveTextContent(
      "R&D last year rd_last_year yuan"
    );
    expect(screen.getByText("base_stock_ratio").parentElement).toHaveTextContent("ratio 0–1");
  });

  it("shows the award live with its steps: threshold met, each rate, the cap and whether it bound", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />);
    fillRd();
    expect(award()).toHaveTextContent("Award480,000.00yuan");
    const steps = within(screen.getByRole("table"));
    expect(steps.getByText("≥ 500,000")).toBeInTheDocument();
    expect(steps.getByText("met")).toBeInTheDocument();
    expect(steps.getByText("≤ 15,000,000")).toBeInTheDocument();
    expect(steps.getByText("under the cap")).toBeInTheDocument();
    const expected = evaluate("HLJ_RD_SUBSIDY", [
      8_000_000,
      6_000_000,
      0.02,
      0.1,
      0,
      "SPLIT",
    ]).steps;
    expect(steps.getAllByRole("row")).toHaveLength(expected.length);
  });

  it("a threshold not met and a cap that binds are shown as such", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />);
    fillRd({ rd_last_year: "480,000", rd_prior_year: "300000" });
    expect(award()).toHaveTextContent("0.00");
    expect(screen.getByText("not met")).toBeInTheDocument();
    fillRd({
      rd_last_year: "400,000,000",
      rd_prior_year: "300,000,000",
      received_to_date: "13,000,000",
    });
    expect(award()).toHaveTextContent("2,000,000.00");
    expect(screen.getByText("cap applied")).toBeInTheDocument();
  });

  it("a code chosen in the dropdown is used", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />);
    fillRd();
    fireEvent.change(screen.getByLabelText(byName("stock_basis")), { target: { value: "TOTAL" } });
    expect(award()).toHaveTextContent("540,000.00");
  });

  it("a form not yet filled in lists the required fields left, with what the sheet shows meanwhile, and marks none invalid", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />);
    const prompt = () => screen.getByText("To see the award, fill in:").closest(".fui-MessageBar");
    expect(prompt()).toHaveTextContent(
      "R&D last year (rd_last_year), R&D the year before (rd_prior_year), Base stock ratio (base_stock_ratio), Base increment ratio (base_increment_ratio)"
    );
    expect(prompt()).toHaveTextContent(
      "In the sheet, until then: #VALUE! rd_last_year is required"
    );
    for (const name of [
      "rd_last_year",
      "rd_prior_year",
      "base_stock_ratio",
      "base_increment_ratio",
    ])
      expect(field(name)).not.toHaveAttribute("aria-invalid", "true");
    // Each field filled in leaves the list; an optional one (base_annual_cap) is never in it.
    set("rd_last_year", "8,000,000");
    set("base_stock_ratio", "0.02");
    expect(prompt()).toHaveTextContent(
      /^To see the award, fill in:R&D the year before \(rd_prior_year\), Base increment ratio \(base_increment_ratio\)In the sheet/
    );
    expect(prompt()).toHaveTextContent("#VALUE! rd_prior_year is required");
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("the required fields left, in Chinese", () => {
    renderInPane(<Calculator fn={fnOf("HZ_SCENARIO_AWARD")} />, { locale: "zh-CN" });
    const prompt = screen.getByText("填写以下必填项即可试算：").closest(".fui-MessageBar");
    expect(prompt).toHaveTextContent(
      "填写以下必填项即可试算：场景实际投入（actual_investment）填写前"
    );
    expect(prompt).toHaveTextContent(
      "填写前，工作表中返回 #VALUE! 场景实际投入（actual_investment）为必填项"
    );
  });

  it("outside Excel the messages follow the pane's language; in Excel, Excel's (what the sheet shows)", () => {
    const preview = renderInPane(<Calculator fn={fnOf("HZ_SCENARIO_AWARD")} />, {
      locale: "zh-CN",
    });
    set("actual_investment", "abc");
    expect(error()).toHaveTextContent("#VALUE!场景实际投入（actual_investment）必须是数字");
    preview.unmount();
    // Excel in English (the functions runtime's default), the pane switched to Chinese.
    renderInPane(<Calculator fn={fnOf("HZ_SCENARIO_AWARD")} />, {
      locale: "zh-CN",
      host: { excel: new ExcelHost(), displayLanguage: "en-US" },
    });
    set("actual_investment", "abc");
    expect(error()).toHaveTextContent("#VALUE!actual_investment must be a number");
  });

  it("a mistake in a field filled in is shown as the error, even while a later required field is blank", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />);
    set("rd_last_year", "abc");
    expect(error()).toHaveTextContent("#VALUE!rd_last_year must be a number");
    expect(field("rd_last_year")).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByText("To see the award, fill in:")).toBeNull();
  });

  it("errors show the function's own code and message: not a number, #NUM!", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />);
    fillRd({ rd_last_year: "abc" });
    expect(error()).toHaveTextContent("#VALUE!rd_last_year must be a number");
    fillRd({ base_stock_ratio: "1.5" });
    expect(error()).toHaveTextContent("#NUM!base_stock_ratio must be between 0 and 1");
    expect(field("base_stock_ratio")).toHaveAttribute("aria-invalid", "true");
    expect(field("rd_last_year")).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("HZ_SCENARIO_AWARD: 50% up to the 2,000,000 cap", () => {
    renderInPane(<Calculator fn={fnOf("HZ_SCENARIO_AWARD")} />);
    set("actual_investment", "1,500,000");
    expect(award()).toHaveTextContent("750,000.00");
    set("actual_investment", "6,000,000");
    expect(award()).toHaveTextContent("2,000,000.00");
    expect(screen.getByText("cap applied")).toBeInTheDocument();
  });

  it("a range parameter is a list of amounts the user can add to and remove from", async () => {
    const fn = catalog.clauses.find((c) => c.fn?.params.some((p) => p.kind === "amounts"))!.fn!;
    const p = fn.params.find((x) => x.kind === "amounts")!;
    const { user } = renderInPane(<Calculator fn={fn} />);
    const items = () =>
      screen.getAllByLabelText(new RegExp(`^${p.name}, amount \\d`)) as HTMLInputElement[];
    expect(items()).toHaveLength(1);
    await user.click(screen.getByText("Add amount"));
    await user.click(screen.getByText("Add amount"));
    expect(items()).toHaveLength(3);
    fireEvent.change(items()[0], { target: { value: "100,000" } });
    fireEvent.change(items()[1], { target: { value: "999" } });
    fireEvent.change(items()[2], { target: { value: "200000" } });
    await user.click(screen.getByLabelText("Remove amount 2"));
    expect(items().map((i) => i.value)).toEqual(["100,000", "200000"]);
    // Whatever else the function needs, the list reaches the engine as a column of amounts.
    const example = fn.examples.find(
      (e) => typeof e.expect === "number" && e.args.some(Array.isArray)
    )!;
    fn.params.forEach((q, i) => {
      const v = example.args[i];
      if (q.kind === "amounts") return;
      if (q.kind === "code")
        fireEvent.change(screen.getByLabelText(byName(q.name)), {
          target: { value: v ?? "" },
        });
      else if (q.kind !== "boolean") set(q.name, v === undefined ? "" : String(v));
    });
    const args = example.args.map((v, i) =>
      fn.params[i].kind === "amounts" ? [[100_000], [200_000]] : v
    );
    const expected = (() => {
      try {
        return evaluate(fn.name, args).award.toLocaleString("en-US", { minimumFractionDigits: 2 });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect((screen.queryByRole("status") ?? error()).textContent).toContain(expected);
  });

  it("a boolean parameter is a switch", () => {
    const fn = catalog.clauses.find((c) => c.fn?.params.some((p) => p.kind === "boolean"))?.fn;
    if (!fn) return; // the catalog may hold no boolean parameter
    const p = fn.params.find((x) => x.kind === "boolean")!;
    renderInPane(<Calculator fn={fn} />);
    const toggle = screen.getByRole("switch");
    expect(toggle).toHaveProperty("checked", p.default === true);
    fireEvent.click(toggle);
    expect(toggle).toHaveProperty("checked", p.default !== true);
    expect(screen.getByText(p.default === true ? "FALSE" : "TRUE")).toBeInTheDocument();
  });
});

describe("the calculator's readings (spec Revision 2)", () => {
  const readings = () => screen.getByLabelText("Other readings of the text");
  const items = () =>
    [...readings().querySelectorAll("li")].map((li) => li.textContent?.replace(/\s+/g, " "));
  const note = () => document.querySelector(".fui-MessageBar") as HTMLElement | null;

  it("HLJ_REVENUE_MILESTONE_AWARD: SUM and TOP_UP under the HIGHEST award", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_REVENUE_MILESTONE_AWARD")} />);
    set("annual_revenue", "320,000,000");
    set("prior_max_revenue", "60,000,000");
    // newly crossed 100M (3,000,000) and 300M (5,000,000): HIGHEST 5,000,000; SUM 8,000,000;
    // TOP_UP 5,000,000 − 2,000,000 (the 50M tier passed before) = 3,000,000
    expect(award()).toHaveTextContent("5,000,000.00");
    expect(items()).toEqual([
      'mode = "SUM"Every tier newly crossed8,000,000.00',
      'mode = "TOP_UP"Highest tier less the tier passed before (top-up)3,000,000.00',
    ]);
    fireEvent.change(screen.getByLabelText(byName("mode")), { target: { value: "TOP_UP" } });
    expect(award()).toHaveTextContent("3,000,000.00");
    expect(items()).toEqual([
      'mode = "HIGHEST"Highest tier newly crossed5,000,000.00',
      'mode = "SUM"Every tier newly crossed8,000,000.00',
    ]);
  });

  it('HZ_RD_SUBSIDY: INCREMENT "needs rd_prior_year" until it is given', () => {
    renderInPane(<Calculator fn={fnOf("HZ_RD_SUBSIDY")} />);
    set("rd_current_year", "10,000,000");
    set("rate", "0.05");
    // TOTAL 10,000,000 × 0.05 = 500,000
    expect(award()).toHaveTextContent("500,000.00");
    expect(items()).toEqual([
      'basis = "INCREMENT"Annual R&D increment over the prior yearneeds rd_prior_year',
    ]);
    set("rd_prior_year", "7,000,000");
    // INCREMENT (10,000,000 − 7,000,000) × 0.05 = 150,000
    expect(items()).toEqual([
      'basis = "INCREMENT"Annual R&D increment over the prior year150,000.00',
    ]);
  });

  it("a function with no reading shows no readings list and no note", () => {
    renderInPane(<Calculator fn={fnOf("HZ_SCENARIO_AWARD")} />);
    set("actual_investment", "1,500,000");
    expect(screen.queryByLabelText("Other readings of the text")).toBeNull();
    expect(note()).toBeNull();
  });

  it("HLJ_INDUSTRIALIZATION_GRANT: a cap above the 「原则上」 50,000,000 is said in words", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_INDUSTRIALIZATION_GRANT")} />);
    set("approved_total_investment", "400,000,000");
    set("cap", "60,000,000");
    // 400,000,000 × 0.20 = 80,000,000 → cap 60,000,000 (as entered)
    expect(award()).toHaveTextContent("60,000,000.00");
    expect(note()).toHaveTextContent(
      "Notecap 60,000,000 is above the 50,000,000 the text sets 原则上: an approved exception is assumed"
    );
    set("cap", "50,000,000");
    expect(note()).toBeNull();
  });

  it("HLJ_SCENARIO_SUBSIDY without a cap, in Chinese: 原文未规定上限 with HLJ-AI-08's 2000万元", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_SCENARIO_SUBSIDY")} />, { locale: "zh-CN" });
    set("scenario_investment", "150,000,000");
    set("rate", "0.2");
    // 150,000,000 × 0.20 = 30,000,000, uncapped
    expect(award()).toHaveTextContent("30,000,000.00");
    expect(note()).toHaveTextContent("说明原文未规定上限（HLJ-AI-08对可比场景规定为2000万元）");
  });

  it("the stock_basis alternative in Chinese", () => {
    renderInPane(<Calculator fn={fnOf("HLJ_RD_SUBSIDY")} />, { locale: "zh-CN" });
    fillRd();
    // TOTAL: (8,000,000 × 0.02 + 2,000,000 × 0.10) × 1.5 = (160,000 + 200,000) × 1.5 = 540,000
    expect(
      [...screen.getByLabelText("原文的其他理解").querySelectorAll("li")].map(
        (li) => li.textContent
      )
    ).toEqual(["stock_basis = “TOTAL”存量按上年度全额，增量另计540,000.00"]);
  });
});

/**
 * The custom XML part of a remembered scenario (src/workbook/stored-scenario.ts): written and read back,
 * text that XML must escape (a company "A&B <Robotics>") kept, Excel's possible rewrites (a prefix, other
 * attribute order, CDATA) read, and a part of another namespace or shape refused by name.
 */
import {
  SCENARIO_XML_NAMESPACE,
  newScenarioId,
  parseScenarioPart,
  scenarioDocument,
  scenarioPartXml,
} from "../../src/workbook";

const document = scenarioDocument(
  {
    company: 'A&B <Robotics> "North"',
    location: "HEILONGJIANG",
    sectors: ["ROBOTS"],
    firstYear: 2026,
    lastYear: 2027,
    locale: "en",
    clauses: ["HLJ-ROBOT-04"],
  },
  {
    inputs: [
      { clauseId: "HLJ-ROBOT-04", param: "total_investment", year: 2026, value: 20_000_000 },
    ],
  }
);

describe("the scenario's XML part", () => {
  it("round trip: id, formulas and the whole document", () => {
    const xml = scenarioPartXml({ id: "s1abc", formulas: "native", document });
    expect(xml).toContain(`xmlns="${SCENARIO_XML_NAMESPACE}"`);
    expect(xml).toContain('id="s1abc"');
    expect(xml).toContain("A&amp;B &lt;Robotics&gt;");
    expect(parseScenarioPart(xml)).toEqual({ id: "s1abc", formulas: "native", document });
  });

  it("reads the part as Excel may give it back: a prefix, attributes reordered, CDATA", () => {
    const json = JSON.stringify(document);
    const xml = `<ns0:scenario formulas='addin' id="s2" xmlns:ns0="${SCENARIO_XML_NAMESPACE}"><![CDATA[${json}]]></ns0:scenario>`;
    expect(parseScenarioPart(xml)).toEqual({ id: "s2", formulas: "addin", document });
  });

  it("refuses another namespace, a missing id, text that is not JSON, a bad document", () => {
    const good = scenarioPartXml({ id: "s3", formulas: "addin", document });
    expect(() => parseScenarioPart(good.replace(SCENARIO_XML_NAMESPACE, "urn:other"))).toThrow(
      /namespace/
    );
    expect(() => parseScenarioPart(good.replace(' id="s3"', ""))).toThrow(/no id/);
    expect(() =>
      parseScenarioPart(
        `<scenario xmlns="${SCENARIO_XML_NAMESPACE}" id="s" formulas="addin">{</scenario>`
      )
    ).toThrow(/not JSON/);
    expect(() => parseScenarioPart(good.replace("subsidy-scenario", "other"))).toThrow(/^format/);
  });

  it("ids are letters and digits (they sit in a name's formula as text)", () => {
    expect(newScenarioId(0, 0)).toBe("s0000000");
    expect(newScenarioId(36, 0.5)).toMatch(/^s10[0-9a-z]{6}$/);
  });
});

/** The sixth document's one clause, as a shipped clause file is written. */
import { percent } from "../../../../src/format/percent";
import { quantitativeClause } from "../../../../src/policies/builders/clause";
import { amount } from "../../../../src/policies/builders/params";
import { clauseFunction } from "../../../../src/policies/builders/function";

const constants = {
  /** 「按设备投资额的10%给予补助」. */
  rate: 0.1,
};

export const XX_TEST_GRANT = clauseFunction({
  name: "XX_TEST_GRANT",
  params: [
    amount(
      "investment",
      { en: "Equipment investment", zh: "设备投资额" },
      { role: { kind: "base" } }
    ),
  ],
  constants,
  shape: (at) => {
    const investmentAt = at("investment");
    return (args, c, calc) =>
      calc.rate(
        { en: "Rate of the investment", zh: "投资额比例" },
        args[investmentAt] as number,
        c.rate
      );
  },
});

export const clause = quantitativeClause({
  id: "XX-TEST-01",
  document: "XX-TEST",
  numberAsWritten: "一",
  category: "investment",
  type: "Q",
  quotes: ["按设备投资额的10%给予补助"],
  summary: (c) => ({
    en: `${percent(c.rate)} of the equipment investment.`,
    zh: `按设备投资额的${percent(c.rate)}给予补助。`,
  }),
  departments: "none stated",
  oneTime: { kind: "row" },
  fn: XX_TEST_GRANT,
});

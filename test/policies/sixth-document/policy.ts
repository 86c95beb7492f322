/**
 * A throwaway sixth document for test/policies/sixth-document.test.ts: one folder's worth of records
 * (document, one clause with a simple function), defined under test/ so nothing ships it. Its place,
 * sector and numbers are invented; the test only asks whether the catalog finds it everywhere.
 */
import type { Clause, PolicyDocument } from "../../../src/catalog/types";

export const document: PolicyDocument = {
  id: "XX-TEST",
  title: { zh: "测试市支持测试产业发展若干措施", en: "Test City Measures for the Test Industry" },
  issuer: {
    zh: "测试市经济和信息化局",
    en: "Test City Bureau of Economy and Information Technology",
  },
  issued: { date: "2030-01-01", certainty: "stated", basis: "2030年1月1日" },
  effective: { date: "2030-01-01", certainty: "stated", basis: "自印发之日起施行" },
  expiry: { date: "2031-12-31", certainty: "stated", basis: "有效期至2031年12月31日" },
  status: "final",
  region: { zh: "测试市", en: "Test City" },
  sourceFolder: "xx-test",
  validity: { basis: "test: 2030-01-01 … 2031-12-31" },
  location: { code: "TESTCITY", label: { en: "Test City (e.g. Testville)", zh: "测试市" } },
  sectors: [
    {
      code: "TESTING",
      label: { en: "Testing", zh: "测试" },
      inList: { en: "testing", zh: "测试" },
    },
  ],
};

export const clauses: Clause[] = [
  {
    id: "XX-TEST-01",
    document: "XX-TEST",
    numberAsWritten: "一",
    category: "investment",
    type: "Q",
    quotes: ["按设备投资额的10%给予补助"],
    summary: { en: "10% of the equipment investment.", zh: "按设备投资额的10%给予补助。" },
    departments: "none stated",
    oneTime: { kind: "row", because: "按设备投资额的10%给予补助" },
    fn: {
      name: "XX_TEST_GRANT",
      description: { en: "10% of the equipment investment.", zh: "设备投资额的10%。" },
      params: [
        {
          name: "investment",
          label: { en: "Equipment investment", zh: "设备投资额" },
          kind: "amount",
          unit: "yuan",
          required: true,
          description: { en: "Equipment investment.", zh: "设备投资额。" },
        },
      ],
      constants: { rate: 0.1 },
      formula: { en: "investment × 10%", zh: "投资额 × 10%" },
      compute: (args, c, calc) =>
        calc.rate(
          { en: "10% of the investment", zh: "投资额的10%" },
          args.investment as number,
          c.rate as number
        ),
      // 1,000,000 × 10% = 100,000
      examples: [{ args: [1_000_000], expect: 100_000, arithmetic: "1,000,000 × 10% = 100,000" }],
    },
  },
];

export const policy = { document, clauses };

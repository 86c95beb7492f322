/**
 * A throwaway sixth document for test/policies/sixth-document.test.ts: one folder's worth of records
 * (document, one clause with a simple function in its <ID>.ts and its prose in <ID>.text.ts), defined
 * under test/ so nothing ships it. Its place,
 * sector and numbers are invented; the test only asks whether the catalog finds it everywhere.
 */
import type { PolicyDocument } from "../../../src/catalog/types";
import { clause as XX_TEST_01 } from "./clauses/XX-TEST-01";
import * as XX_TEST_01_TEXT from "./clauses/XX-TEST-01.text";

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

export const clauses = [XX_TEST_01];
export const texts = [XX_TEST_01_TEXT];

export const policy = { document, clauses };

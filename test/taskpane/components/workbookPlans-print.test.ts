/**
 * "Download .xlsx" from the preview keeps a generated sheet's print settings (and hands its chart to the
 * writer, which writes none): the preview workbook keeps both with the sheet's layout.
 */
import { generateAudit, generateScenario } from "../../../src";
import { workbookPlans } from "../../../taskpane/components/PreviewWorkbook/workbookPlans";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { HARBIN } from "../../workbook/fixtures";

it("a written scenario and audit come back with their print settings and the scenario's chart", async () => {
  const s = generateScenario(HARBIN);
  const audit = generateAudit(s).plan;
  const workbook = new MemoryWorkbook();
  for (const plan of [s.plan, audit])
    await workbook.writePlan(await workbook.addWorksheet(plan.sheetName), plan);
  const [sheet1, scenario, report] = await workbookPlans(workbook);
  expect(sheet1.print).toBeUndefined();
  expect(sheet1.charts).toBeUndefined();
  expect(scenario.print).toEqual(s.plan.print);
  expect(scenario.charts).toEqual(s.plan.charts);
  expect(report.print).toEqual(audit.print);
  expect(report.charts).toBeUndefined();
});

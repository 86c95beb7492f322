/**
 * What the scenario builder's last action came to, and the message bar that says so (kept in view above
 * the buttons).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { FormulaMode, NativeCopyReport as Report } from "../../../src";
import { useI18n } from "../../i18n";
import { type FormProblem, MAX_YEARS } from "../../scenario/form";
import { NativeCopyReport } from "./NativeCopyReport";

export type ScenarioStatus =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "created"; sheet: string; warnings: string[]; formulas: FormulaMode }
  | { kind: "audited"; sheet: string; scenario: string }
  | { kind: "notScenario"; sheet: string }
  /** "Copy sheet with native formulas" made `sheet` from `original`. */
  | { kind: "nativeCopied"; sheet: string; original: string; report: Report }
  /** The scenario document of `sheet` was saved as scenario.json, with `inputs` typed inputs. */
  | { kind: "documentDownloaded"; sheet: string; inputs: number }
  /** The scenario document of `sheet` could not be built (a cell that does not fit it, or the sheet is gone). */
  | { kind: "documentFailed"; sheet: string; message: string }
  /** "Update scenario" wrote `sheet`, regenerated from `from` with `inputs` typed inputs kept. */
  | { kind: "updated"; sheet: string; from: string; inputs: number }
  /** "Save in this browser" kept the preview workbook (`sheets` sheets), or could not. */
  | { kind: "savedInBrowser"; sheets: number }
  | { kind: "invalid" }
  | { kind: "failed"; message: string }
  /** A sheet's write failed part-way; the host removed the sheet (or could not). */
  | { kind: "writeFailed"; sheet: string; removed: boolean; message: string };

export function ScenarioStatusMessage({
  status,
  problems,
}: {
  status: ScenarioStatus;
  /** What the form lacks, shown when the last create was refused. */
  problems: FormProblem[];
}) {
  const { t } = useI18n();
  return (
    <>
      {status.kind === "created" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t.scenario.created(status.sheet)}
            {status.formulas === "native" && ` ${t.native.createdNative}`}
            {status.warnings.length > 0 &&
              ` ${t.scenario.generatorNotes}: ${status.warnings.join("; ")}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "audited" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.scenario.auditCreated(status.sheet, status.scenario)}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "nativeCopied" && (
        <NativeCopyReport sheet={status.sheet} original={status.original} report={status.report} />
      )}
      {status.kind === "documentDownloaded" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t.scenarioDocument.downloaded(status.sheet, status.inputs)}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "documentFailed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.scenarioDocument.failed(status.sheet)}: {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "updated" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t.persist.updated(status.sheet, status.from, status.inputs)}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "savedInBrowser" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.persist.saved(status.sheets)}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "notScenario" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.scenario.notScenario(status.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "invalid" && problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {problems
              .map((p) =>
                p === "company"
                  ? t.scenario.companyRequired
                  : p === "clauses"
                    ? t.scenario.noClauses
                    : t.scenario.yearsInvalid(MAX_YEARS)
              )
              .join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "writeFailed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.scenario.writeFailed(status.sheet, status.removed)} ({status.message})
          </MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.scenario.failed}: {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

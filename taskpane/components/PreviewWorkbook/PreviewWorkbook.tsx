/**
 * Preview mode's workbook (a plain browser, no Excel): a name box, a formula bar, the grid, the
 * sheet tabs and the active sheet's charts (SheetChart.tsx). The user can type into the active cell, so an inserted input block or a scenario sheet
 * can be seen to stay live.
 */
import {
  Button,
  Caption1,
  Input,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { ref, writeXlsx } from "../../../src";
import { parseA1 } from "../../host/address";
import type { MemoryWorkbook } from "../../host/memory";
import { useI18n } from "../../i18n";
import { Grid } from "./Grid";
import { SheetCharts } from "./SheetChart";
import { saveFile, workbookPlans } from "./workbookPlans";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, flexGrow: 1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
  bar: { display: "flex", gap: tokens.spacingHorizontalXS },
  nameBox: { width: "72px", flexShrink: 0 },
  formula: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  tabs: {
    overflowX: "auto",
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** A text field that edits a draft and commits on Enter (Escape or leaving it restores the cell's text). */
function CommitInput(props: {
  className: string;
  label: string;
  value: string;
  onCommit(value: string): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Input
      className={props.className}
      size="small"
      aria-label={props.label}
      value={draft ?? props.value}
      onChange={(_, d) => setDraft(d.value)}
      onBlur={() => setDraft(null)}
      onKeyDown={(e) => {
        if (e.key === "Enter" && draft !== null) {
          props.onCommit(draft);
          setDraft(null);
        } else if (e.key === "Escape") setDraft(null);
      }}
    />
  );
}

/**
 * "Download .xlsx": the preview workbook's sheets as a file (src/workbook/xlsx), formulas without cached
 * values. The writer loads ExcelJS on the first click, a chunk of its own.
 */
function DownloadButton({ workbook }: { workbook: MemoryWorkbook }) {
  const s = useStyles();
  const { t } = useI18n();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const download = async () => {
    setState("busy");
    try {
      saveFile(await writeXlsx(await workbookPlans(workbook)), t.preview.downloadFile, XLSX_TYPE);
      setState("idle");
    } catch (e) {
      console.warn("The .xlsx file could not be written:", e);
      setState("failed");
    }
  };
  return (
    <>
      {state === "failed" && (
        <Caption1 className={s.failed} role="alert">
          {t.preview.downloadFailed}
        </Caption1>
      )}
      <Button size="small" disabled={state === "busy"} onClick={() => void download()}>
        {t.preview.download}
      </Button>
    </>
  );
}

export function PreviewWorkbook({ workbook }: { workbook: MemoryWorkbook }) {
  const s = useStyles();
  const { t } = useI18n();
  useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const active = workbook.activeCell();
  const content = workbook.content(active.row, active.col);
  const v = content?.value;
  const contentText =
    content?.formula ??
    (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v === undefined ? "" : String(v));

  const goTo = (address: string) => {
    try {
      const { row, col } = parseA1(address);
      workbook.setActiveCell(row, col);
    } catch {
      // Not an address: the name box shows the active cell again.
    }
  };

  return (
    <section className={s.root} aria-label={t.preview.title}>
      <div className={s.head}>
        <Subtitle2 as="h2" className={s.title}>
          {t.preview.title}
        </Subtitle2>
        <DownloadButton workbook={workbook} />
      </div>
      <Caption1 className={s.note}>{t.preview.note}</Caption1>
      <div className={s.bar}>
        <CommitInput
          key={`name-${active.sheet}-${ref(active.row, active.col)}`}
          className={s.nameBox}
          label={t.preview.nameBox}
          value={ref(active.row, active.col)}
          onCommit={goTo}
        />
        <CommitInput
          key={`formula-${active.sheet}-${ref(active.row, active.col)}-${contentText}`}
          className={s.formula}
          label={t.preview.formulaBar}
          value={contentText}
          onCommit={(text) => workbook.enter(active.row, active.col, text)}
        />
      </div>
      <Grid workbook={workbook} />
      <div className={s.tabs}>
        <TabList
          size="small"
          aria-label={t.preview.sheets}
          selectedValue={workbook.activeSheet()}
          onTabSelect={(_, d) => workbook.activateSheet(String(d.value))}
        >
          {workbook.sheetNames().map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      </div>
      <SheetCharts workbook={workbook} />
    </section>
  );
}

/**
 * English strings of the task pane beyond its first screen (en-first.ts): a chunk loaded after the first
 * paint (strings.ts). Every user-visible word of the UI lives in these files or their Chinese twins.
 */
import type { BreakpointKind, KeptReason, Unit } from "../../src";
import type { Blocker, UncheckedBlocker } from "../host/types";

export const en = {
  units: {
    yuan: "yuan",
    ratio: "ratio 0–1",
    count: "count",
    m2: "m²",
    months: "months",
    years: "years",
    "yuan/m2/month": "yuan/m²/month",
    code: "code",
    boolean: "TRUE/FALSE",
  } satisfies Record<Unit, string>,
  detail: {
    back: "← Back to clauses",
    summary: "Summary",
    quotes: "Source text (verbatim)",
    context: "Context",
    facts: "Details",
    numberAsWritten: "Number in the text",
    departments: "Departments",
    category: "Category",
    document: "Document",
    function: "Excel function",
    formula: "Formula",
    constants: "Thresholds, rates and caps",
    ambiguities: "Ambiguities",
    chosen: "Reading chosen:",
    alternative: "Alternative:",
    noFunction: "This clause sets no amount that can be computed, so it has no function.",
  },
  calc: {
    title: "Try it",
    award: "Award",
    steps: "How it is computed",
    choose: "Choose…",
    omitted: "(omitted)",
    yes: "TRUE",
    no: "FALSE",
    addAmount: "Add amount",
    amountItem: (name: string, i: number) => `${name}, amount ${i}`,
    removeAmount: (i: number) => `Remove amount ${i}`,
    removeGlyph: "×",
    met: "met",
    notMet: "not met",
    capBound: "cap applied",
    capNotBound: "under the cap",
    notes: "Note",
    alternatives: "Other readings of the text",
    reading: (param: string, value: string) => `${param} = "${value}"`,
    needs: (param: string) => `needs ${param}`,
    toFill: "To see the award, fill in:",
    listSeparator: ", ",
    namedField: (label: string, name: string) => `${label} (${name})`,
    inSheet: (code: string, message: string) => `In the sheet, until then: ${code} ${message}`,
  },
  insert: {
    title: "Insert into the sheet",
    formula: "Insert formula",
    block: "Insert input block",
    hint: "Writes at the active cell; nothing is ever overwritten.",
    waiting: "Waiting for the workbook…",
    wrote: (address: string) => `Written to ${address}.`,
    occupied: (target: string, proposal: string) =>
      `${target} is not empty, so nothing was written. Below the filled cells of its columns, ${proposal} is free.`,
    noRoom: (target: string) => `${target} is not empty, and no free block was found below it.`,
    // Why a target that looks empty is not (a cell with only a format, fill or note is free).
    blockedBy: {
      merge: "Part of it lies under a merged cell.",
      spill:
        "Part of it is the blank part of another formula's spill: writing there would turn that formula into #SPILL!.",
    } satisfies Record<Exclude<Blocker, "content">, string>,
    unchecked: {
      spill:
        "Spills not checked: this workbook cannot tell whether a blank cell belongs to another formula's spill (Excel needs ExcelApi 1.12; the preview, its formula engine).",
      merge:
        "Merged cells not checked: this Excel cannot list merged areas (it needs ExcelApi 1.13).",
    } satisfies Record<UncheckedBlocker, string>,
    insertAt: (address: string) => `Insert at ${address}`,
    cancel: "Cancel",
    failed: "Could not write to the workbook",
    // Written into the sheet by "Insert input block".
    awardLabel: "Award",
    omittedNote: "omitted",
  },
  scenario: {
    title: "Scenario builder",
    intro:
      "Describe the company and pick the clauses: the pane adds a new sheet with one column per year, whose SUBSIDY formulas stack the awards as the policies say.",
    profile: "Company profile",
    company: "Company name",
    companyPlaceholder: "e.g. Harbin Robotics Co.",
    companyRequired: "Enter the company name.",
    location: "Location",
    sectors: "Sectors",
    sectorsHint: "The sectors tick their policies' clauses below.",
    firstYear: "First model year",
    lastYear: "Last model year",
    yearsInvalid: (max: number) =>
      `Enter whole years, the last not before the first, at most ${max} years.`,
    clauses: "Clauses with a function",
    ticked: (n: number, total: number) => `${n} of ${total} ticked`,
    tickAll: "All",
    tickNone: "None",
    tickAllIn: (doc: string) => `All: tick every clause of ${doc}`,
    tickNoneIn: (doc: string) => `None: untick every clause of ${doc}`,
    resetTicks: "Sector defaults",
    noClauses: "Tick at least one clause.",
    draft: "Draft",
    draftTitle:
      "Draft for comment (征求意见稿): not in force; not applied unless you change the sheet's apply row.",
    window: {
      range: (from: string, to: string) => `In force ${from} to ${to}`,
      assumedEnd: (from: string, to: string) =>
        `In force from ${from}; treated as in force to ${to}, unknown after`,
      unknown: "Validity window unknown (no issue date): applied by assumption",
      draft: "Draft for comment: not in force",
    },
    year: {
      inForce: "✓",
      notInForce: "–",
      assumed: "?",
      inForceTitle: (y: number) => `${y}: in force on 31 December`,
      notInForceTitle: (y: number) => `${y}: not in force on 31 December`,
      unknownTitle: (y: number) =>
        `${y}: IN_FORCE is #N/A (window unknown); the sheet assumes it applies`,
      draftTitle: (y: number) =>
        `${y}: IN_FORCE is #N/A (draft); the sheet assumes it does not apply`,
    },
    overlaps: (others: string, group: string) =>
      `Overlaps ${others} (group ${group}): only the larger counts`,
    sharedCap: {
      cumulative: "one shared cumulative cap",
      annual: "one shared annual cap",
    },
    create: "Create scenario sheet",
    audit: "Audit report",
    actionsHint:
      "Both add a new sheet and never change an existing one. The audit report explains the active scenario sheet.",
    waiting: "Waiting for the workbook…",
    created: (sheet: string) =>
      `Created “${sheet}”. Fill the orange input cells; the yearly totals follow.`,
    auditCreated: (sheet: string, scenario: string) =>
      `Created the audit report “${sheet}” for “${scenario}”.`,
    notScenario: (sheet: string) =>
      `The active sheet “${sheet}” is not a scenario sheet created in this pane. Open one, or create one first.`,
    generatorNotes: "Notes",
    failed: "Could not write to the workbook",
    writeFailed: (sheet: string, removed: boolean) =>
      removed
        ? `Writing “${sheet}” failed part-way, so the half-written sheet was removed; nothing else changed. Try again.`
        : `Writing “${sheet}” failed part-way and the half-written sheet could not be removed: delete it, then try again.`,
  },
  preview: {
    title: "Preview workbook",
    note: "Opened outside Excel: inserts go to this sheet, whose SUBSIDY formulas are computed by the same engine.",
    nameBox: "Active cell",
    formulaBar: "Contents of the active cell",
    pending: "…",
    grid: "Preview sheet",
    sheets: "Sheets",
    spill: "#SPILL!: the cells this formula's result would fill are not empty.",
    // Issue 14: "Download .xlsx" of the preview workbook.
    download: "Download .xlsx",
    downloadFile: "subsidy-model.xlsx",
    downloadFailed: "Could not write the .xlsx file.",
  },
  // issue 14: native formulas (insert option, clause detail, scenario toggle, copy sheet)
  native: {
    insertOption: "Native formula (works without the add-in)",
    insertHint:
      'Writes an ordinary Excel formula (IF, MIN, SUMPRODUCT…) that Excel without the add-in, LibreOffice and WPS compute; it ends with +N("SUBSIDY:…"), which adds 0 and names the function.',
    formulaTooLong:
      "These values do not fit in one native formula within Excel's limits (8,192 characters): insert the input block instead, whose native formula refers to its cells.",
    detailTitle: "Native formula (works without the add-in)",
    detailHint:
      "The same award in ordinary Excel functions. Each parameter's name stands for its cell: the input block writes this formula over real cells.",
    formulas: "Formulas",
    addin: "Add-in (SUBSIDY.*)",
    nativeMode: "Native (works without the add-in)",
    createdNative: "Its formulas are native: the sheet computes without the add-in.",
    copySheet: "Copy sheet with native formulas",
    copyHint:
      "Copy sheet makes a new sheet from the active one with native formulas wherever it can; the active sheet is not changed.",
    copySheetName: (sheet: string) => `${sheet} (native)`,
    copied: (sheet: string, original: string) =>
      `Created “${sheet}”, a copy of “${original}” with native formulas. “${original}” is unchanged.`,
    converted: (twins: number, literals: number) =>
      `SUBSIDY calls that became native formulas: ${twins}; that became their values as constants: ${literals}.`,
    noneRemaining: "No cell of the copy calls SUBSIDY.*: it computes without the add-in.",
    remaining: (cells: number) =>
      `Cells of the copy that still call SUBSIDY.* and need the add-in: ${cells}.`,
    remainingCell: (cell: string, functions: string) => `${cell}: ${functions}`,
    more: (n: number) => `…and ${n} more.`,
    explained: (cells: string) =>
      `SUBSIDY.EXPLAIN's values were copied as they were (not recomputed; a note on its first cell says so): ${cells}.`,
    spillsUnchecked:
      "This Excel cannot tell spilled cells (it needs ExcelApi 1.12): EXPLAIN and EACH results were copied only where their first cell says.",
    // Written into the copy, as a note on each cell whose values were copied from EXPLAIN.
    valuesNote:
      "Copied from SUBSIDY.EXPLAIN as values: not recomputed when the inputs change (EXPLAIN needs the add-in).",
    reasons: {
      "no-twin": "no native formula for it",
      stack:
        "STACK or STACK_ROWS over ranges that are not one row or column of this sheet, or STACK_ROWS inside a larger formula",
      "each-nested": "EACH inside a larger formula",
      "each-arguments": "EACH over arguments that cannot be split per cell",
      "each-spill": "EACH did not spill where its ranges say",
      "argument-unknown": "an argument known only to a formula engine",
      "unknown-function": "not a function of the add-in",
      limits: "the native formula would break Excel's limits",
      unreadable: "the formula could not be read",
    } satisfies Record<KeptReason, string>,
  },
  // issue 14: scenario document
  scenarioDocument: {
    failed: (sheet: string) => `Could not make the scenario document of “${sheet}”`,
    download: "Download scenario document (.json)",
    downloaded: (sheet: string, inputs: number) =>
      `Downloaded scenario.json from “${sheet}”: ${inputs} typed input${inputs === 1 ? "" : "s"}. npm run export turns it into an .xlsx with native formulas.`,
  },
  keyboard: {
    grid: "Preview sheet: arrow keys move the active cell",
  },
  // issue 15: the preview's drawing of a sheet's chart (the scenario's yearly totals by document)
  sheetChart: {
    name: "Chart: yearly totals by document",
    pending: "The chart is drawn once the formulas are computed.",
    series: "Series",
    error: (code: string) => `${code}: not drawn`,
  },
  // issue 15: scenarios remembered by the workbook, Update scenario, Save in this browser
  persist: {
    itemRow: (clause: string, row: number) => `${clause} (item row ${row})`,
    audit: "Audit",
    listTitle: "Scenarios in this workbook",
    listEmpty: "No scenario sheet of this add-in in this workbook yet.",
    listIntro:
      "The workbook remembers each scenario sheet this add-in generated, even after Excel is closed: its audit report and an update need no retyping.",
    entry: (company: string, first: number, last: number) => `${company}, ${first}–${last}`,
    madeWith: (version: string, revision: number) =>
      `made by add-in ${version}, spec revision ${revision}`,
    // Not "Audit report …": the Audit report button of the active sheet keeps a name of its own.
    auditOf: (sheet: string) => `Audit “${sheet}”`,
    update: "Update scenario",
    updateOf: (sheet: string) => `Update scenario “${sheet}”`,
    profileSource: "Update with",
    ownProfile: "the sheet's own profile (catalog update)",
    formProfile: "the profile in the form above",
    diffTitle: (sheet: string) => `What updating “${sheet}” changes`,
    diffCaption: "Award changes: old value read from the sheet, new value computed",
    cell: "Cell (old → new)",
    clause: "Clause",
    year: "Year",
    oldValue: "Old (yuan)",
    newValue: "New (yuan)",
    change: "Change",
    total: "Stacked total",
    absent: "—",
    noChange: "No award changes.",
    unchangedHidden: (n: number) => `${n} unchanged award cell${n === 1 ? "" : "s"} not shown.`,
    kept: (n: number, byLabel: number) =>
      `${n} typed input${n === 1 ? "" : "s"} kept${byLabel > 0 ? ` (${byLabel} matched by the label of their row)` : ""}.`,
    dropped: (list: string) => `Not carried over (no place on the new sheet): ${list}.`,
    write: "Write updated sheet",
    writeHint: "The update goes to a new sheet; the old one stays as it is.",
    cancel: "Cancel",
    updated: (sheet: string, from: string, inputs: number) =>
      `Created “${sheet}” from “${from}”, ${inputs} typed input${inputs === 1 ? "" : "s"} kept. The workbook remembers it.`,
    save: "Save in this browser",
    saveHint: "Keeps the preview workbook in this browser; reloading the page brings it back.",
    saved: (sheets: number) =>
      `Saved the preview workbook (${sheets} sheet${sheets === 1 ? "" : "s"}) in this browser. Reloading the page brings it back.`,
  },
  // issue 15: explain the selected cell
  explain: {
    region: "Explain selected cell",
    intro:
      "Select a cell with a SUBSIDY formula, or a native formula the add-in wrote: its clause, arguments, steps and award appear here.",
    refresh: "Explain this cell",
    manual:
      "This Excel does not report selection changes (it needs ExcelApi 1.9): press the button after selecting a cell.",
    reading: "Reading the cell…",
    failed: (message: string) => `The cell could not be read: ${message}`,
    unsupported: "This workbook cannot be read for an explanation.",
    waiting: "Waiting for the workbook…",
    cell: "Cell",
    formula: "Formula",
    native: "Native formula written by the add-in",
    clause: "Clause",
    arguments: "Arguments",
    argument: "Argument",
    value: "Value",
    from: "From",
    literal: "in the formula",
    omitted: "omitted (default)",
    blank: "(blank)",
    values: (n: number) => `${n} values`,
    several: (n: number) => `${n} SUBSIDY calls in this formula: explaining the first.`,
    cellValue: (value: string) => `The cell shows ${value}.`,
    problems: {
      empty: "Empty cell: nothing to explain.",
      constant: "Not a formula: the cell holds a constant.",
      unreadable: "The formula could not be read.",
      "not-subsidy": "Not a SUBSIDY formula.",
      "not-clause": (name: string) =>
        `SUBSIDY.${name} is not a clause function: select a cell that calls one (e.g. SUBSIDY.HZ_SCENARIO_AWARD).`,
      "too-many-args": (name: string, max: number) =>
        `SUBSIDY.${name} takes at most ${max} arguments.`,
      "other-workbook": (arg: string) => `Argument ${arg} is in another workbook.`,
      expression: (param: string, arg: string) =>
        `Argument ${param} is computed in the formula (${arg}): put it in a cell to explain it.`,
      "native-args": (name: string) =>
        `A native formula for ${name} whose arguments cannot be read back (literals are folded into it, or it was edited).`,
      "unread-reference": (arg: string, reason: "no-sheet" | "no-name" | "invalid") =>
        reason === "no-sheet"
          ? `Argument ${arg} names a sheet this workbook does not have.`
          : reason === "no-name"
            ? `Argument ${arg} is not a defined name of this workbook.`
            : `Argument ${arg} is not a reference this pane can read.`,
    },
  },
  // issue 15: award curve (clause detail)
  curve: {
    title: "Award curve",
    imgName: (param: string, breakpoints: number, current: string | undefined) =>
      `Award curve: the award as ${param} grows, ${breakpoints} breakpoint${breakpoints === 1 ? "" : "s"} marked${current ? `; your input ${current}` : ""}`,
    axes: (param: string) => `Across: ${param} (yuan). Up: the award (yuan).`,
    perItem: "Drawn over one item's price, alone in the range.",
    award: "Award",
    breakpoints: "Breakpoints",
    input: "Your input",
    loading: "Loading chart…",
    showTable: "Show as table",
    hideTable: "Hide table",
    tableCaption: (param: string) => `Award by ${param} (straight lines between rows)`,
    point: "Point",
    atValue: "Award at it",
    aFenAbove: "A fen above",
    start: "Start",
    end: "End of range",
    kinds: {
      threshold: "Threshold",
      cap: "Cap reached",
      room: "Room under the cap used up",
      tier: "Tier edge",
      band: "Band end",
      kink: "Formula changes",
    } satisfies Record<BreakpointKind, string>,
    refused: "error",
    noCurve: "The curve appears once the other arguments are valid.",
    amountsTitle: "Amounts",
    amountsCaption: (param: string | undefined) =>
      param
        ? `Award by ${param}, the other arguments as entered`
        : "Award with the arguments as entered",
  },
  // issue 15: item rows (a clause with several award rows in one scenario)
  itemRows: {
    add: "Add item row",
    addFor: (id: string) => `Add item row for ${id}`,
    remove: "Remove item row",
    removeFor: (id: string) => `Remove item row of ${id}`,
    count: (n: number) => `${n} item rows: each its own item key, inputs and award`,
  },
};

export type RestStrings = typeof en;

/**
 * Every word the scenario and audit sheets write, in English and Chinese. These are sheet content (the
 * generator writes them into cells), so they live here in src/workbook rather than in taskpane/i18n.
 * Templates use {name} placeholders, filled by `fill`.
 */
import type { Text } from "../catalog/types";
import type { Language } from "../format/locale";

// profile.ts still reads the sheets' language under this name; it goes when profile.ts moves onto the
// document records (issue 12).
export type { Language as Locale };

export const strings = {
  // Sheet names (Excel: at most 31 characters, none of []:*?/\).
  scenarioSheet: { en: "Scenario", zh: "情景测算" },
  auditSheet: { en: "Audit", zh: "审计报告" },

  // Scenario sheet
  title: { en: "Subsidy scenario: {company}", zh: "补贴情景测算：{company}" },
  colItem: { en: "Item", zh: "项目" },
  colClause: { en: "Clause", zh: "条款" },
  colDocument: { en: "Document", zh: "文件" },
  colNumber: { en: "Number as written", zh: "原文编号" },
  colHistory: { en: "Before {first}", zh: "{first}年以前" },
  colItemKey: { en: "Item key", zh: "项目键" },
  sectionProfile: { en: "Profile", zh: "企业概况" },
  sectionPolicies: {
    en: "Policies in force (31 December of each year)",
    zh: "政策有效性（各年12月31日）",
  },
  sectionAssumptions: { en: "Assumptions and inputs", zh: "假设与输入" },
  sectionAwards: { en: "Awards by clause, before stacking", zh: "各条款补贴（叠加前）" },
  sectionStacking: { en: "Stacking (spec §7.5)", zh: "叠加（规格§7.5）" },
  sectionCounted: { en: "Counted per row (STACK_ROWS)", zh: "各行计入金额（STACK_ROWS）" },
  sectionLegend: { en: "Legend", zh: "说明" },
  company: { en: "Company", zh: "企业" },
  location: { en: "Location", zh: "所在地" },
  sectors: { en: "Sectors", zh: "领域" },
  years: { en: "Years", zh: "年度" },
  language: { en: "Language", zh: "语言" },
  languageName: { en: "English", zh: "中文" },
  inForceRow: {
    en: "{doc}: in force on 31 December (IN_FORCE)",
    zh: "{doc}：12月31日是否有效（IN_FORCE）",
  },
  applyRow: { en: "{doc}: apply (edit to override)", zh: "{doc}：是否适用（可修改）" },
  assumption: { en: "assumption", zh: "假设" },
  assumedUnknown: {
    en: "Assumption: IN_FORCE is #N/A ({message}); TRUE assumed. Confirm before relying on it.",
    zh: "假设：IN_FORCE为#N/A（{message}），暂按适用（TRUE），请核实。",
  },
  assumedDraft: {
    en: "Assumption: IN_FORCE is #N/A ({message}); FALSE assumed: a draft is not in force.",
    zh: "假设：IN_FORCE为#N/A（{message}），暂按不适用（FALSE）：征求意见稿尚未生效。",
  },
  required: { en: "required", zh: "必填" },
  noteRequired: { en: "Required: enter a figure for each year.", zh: "必填：请逐年输入。" },
  noteOptional: {
    en: "Optional: leave blank for the default ({default}).",
    zh: "可选：留空则取默认值（{default}）。",
  },
  noneDefault: { en: "none", zh: "无" },
  noteInPrinciple: {
    en: "The text sets {default} only 「原则上」 (in principle): a larger cap entered is computed as an approved exception.",
    zh: "原文“原则上”不超过{default}元：填写更高的上限即按已获批的例外计算。",
  },
  noteMaximum: {
    en: "Blank = the cap: the award is shown as a maximum.",
    zh: "留空即按上限计算，补贴为最高额。",
  },
  noteHistoryPrevious: {
    en: "Column “{history}”: this figure one year before {first}; it becomes {param} in {first}.",
    zh: "“{history}”列：{first}年前一年的该数值，作为{first}年的{param}。",
  },
  noteHistoryMax: {
    en: "Column “{history}”: the highest value in any year before {first}; {param} is the maximum of it and the earlier years.",
    zh: "“{history}”列：{first}年以前各年的最高值；{param}取该值与此前各年的最大值。",
  },
  loanStart: {
    en: "{fn} · year the subsidised loan starts (year_index 1)",
    zh: "{fn} · 贴息贷款起始年度（year_index为1）",
  },
  itemRow: { en: "{label} · item {k}", zh: "{label} · 第{k}项" },
  newlyRecognised: { en: "newly recognised", zh: "当年新认定" },
  noteUnits: {
    en: "The number newly recognised in this year; blank = 0. Each is paid once, in the year it is recognised.",
    zh: "当年新认定的数量；留空为0。每个只在认定当年支付一次。",
  },
  claimedRow: {
    en: "{fn} · claimed (TRUE in a year it is claimed)",
    zh: "{fn} · 是否申报（申报年度填TRUE）",
  },
  noteClaimed: {
    en: "Blank = not claimed that year (the award is 0). TRUE (or 1) = claimed; a typed request counts as claimed.",
    zh: "留空 = 当年未申报（补贴为0）。TRUE（或1）= 申报；填写申请金额也视为申报。",
  },
  ruleRow: {
    en: "{id}: one-time — paid once, in the first year its counted amount is above 0 (「{because}」). A project's figures belong to the year it is claimed: enter them there; later years pay 0.",
    zh: "{id}：一次性——只在计入金额首次大于0的年度支付一次（「{because}」）。项目数据填在申报年度，以后年度为0。",
  },
  ruleCode: {
    en: "{id}: once per {param} — each value is paid once, in the first year it counts (「{because}」).",
    zh: "{id}：每个{param}只支付一次——在首次计入的年度（「{because}」）。",
  },
  ruleUnits: {
    en: "{id}: {param} is the number newly recognised that year, blank = 0 (「{because}」).",
    zh: "{id}：{param}为当年新认定的数量，留空为0（「{because}」）。",
  },
  ruleClaimed: {
    en: "{id}: an “up to” award, paid only in a year marked claimed or with a typed request (「{because}」).",
    zh: "{id}：“最高X”类补贴，只在标记为申报或填写了申请金额的年度支付（「{because}」）。",
  },
  colOneTime: { en: "One-time", zh: "一次性" },
  oneTimePaidIn: { en: "one-time: paid in", zh: "一次性：支付于" },
  oncePerPaidIn: { en: "once per {param}: paid in", zh: "每个{param}一次：支付于" },
  paidYear: { en: " {year}", zh: " {year}年" },
  oneTimeNotPaid: {
    en: "one-time: not paid in {first}–{last}",
    zh: "一次性：{first}–{last}年未支付",
  },
  maximum: { en: "maximum", zh: "最高额" },
  inKind: { en: "in kind, not cash", zh: "实物，非现金" },
  stackTotal: { en: "Stacked total (STACK)", zh: "叠加后合计（STACK）" },
  totalAllYears: { en: "Total {first}–{last}", zh: "{first}–{last}年合计" },
  inKindTotal: {
    en: "In-kind value, shown apart (not in the total)",
    zh: "实物价值（单列，不计入合计）",
  },
  legendScenario: {
    en: [
      "Inputs: edit the input cells. A blank required input shows #VALUE!, saying the parameter is required, until it is filled.",
      "Apply rows default to IN_FORCE on 31 December; where IN_FORCE is #N/A the default is an assumption (TRUE where the window is unknown, FALSE for a draft).",
      "Each award = IF(apply, SUBSIDY.<function>(…), 0), in yuan. Rates are percentages (30% = 0.3).",
      "STACK applies spec §7.5 (从优、就高、不重复): within one item key, an overlap group counts only its largest award; in-kind values count 0 and are shown apart.",
      "Cumulative caps take received_to_date from the counted amounts (STACK_ROWS) of earlier years; a shared cap also takes the same year's awards of the rows above it with a different item key.",
      "“maximum”: an “up to” award left at its cap because no request was entered. An annual “up to” award counts only in a year marked claimed (or with a typed request).",
      "One-time awards are paid once: in the first year whose counted amount is above 0 (per code value where the text grants one per category; per unit newly recognised where a count is asked). The “One-time” column says the year.",
      "Item keys are compared trimmed and regardless of case; a blank key is one item.",
      "Revenue milestones (HLJ_REVENUE_MILESTONE_AWARD) with mode TOP_UP deduct the tier the highest earlier revenue had passed, even in a year whose apply is FALSE: that tier is taken as claimed then.",
      "Qualitative eligibility is assumed; numeric thresholds in the texts are checked.",
    ],
    zh: [
      "输入：请填写输入单元格。必填项留空时显示#VALUE!（提示该参数为必填项），填写后消失。",
      "“是否适用”行默认取各年12月31日的IN_FORCE；IN_FORCE为#N/A时默认值为假设（有效期未知按TRUE，征求意见稿按FALSE）。",
      "各项补贴 = IF(是否适用, SUBSIDY.<函数>(…), 0)，单位为元。比例以百分比表示（30% = 0.3）。",
      "STACK按规格§7.5（从优、就高、不重复）叠加：同一项目键内，同一重叠组只计最高一项；实物价值计0并单列。",
      "累计上限的received_to_date取此前各年的计入金额（STACK_ROWS）；共享上限还计入同年上方项目键不同的各行补贴。",
      "“最高额”：未填申请金额的“最高X”类补贴，按上限计算。按年度申报的“最高X”类补贴只在标记为申报（或填写了申请金额）的年度计入。",
      "一次性补贴只支付一次：在计入金额首次大于0的年度（按类别给予的，每个类别一次；要求填写数量的，按当年新认定的数量）。“一次性”列注明支付年度。",
      "项目键去除首尾空格、不区分大小写比较；空白项目键为同一项目。",
      "营业收入首次突破奖励（HLJ_REVENUE_MILESTONE_AWARD）采用TOP_UP（就高补差）时，扣除以往最高营业收入已超过的档位奖励，即使该年度“是否适用”为FALSE，该档也视为当时已领取。",
      "资格条件视为已满足；文中的数值门槛会逐项检查。",
    ],
  },

  /** The first three lines of legendScenario on a native sheet (the rest read the same). */
  legendScenarioNative: {
    en: [
      "Native formulas: this sheet computes in Excel, LibreOffice Calc and WPS without the add-in. A blank required input, or any input the add-in would reject, shows #N/A (a native formula cannot carry the add-in's message).",
      "In force rows compare 31 December (a date serial) with the document's validity window (the cell's note names the dates); #N/A where the window is unknown. Apply rows default to that value; where it is #N/A the default is an assumption (TRUE where the window is unknown, FALSE for a draft).",
      "Each award = IF(apply, the clause's native formula, 0), in yuan; the +N(\"SUBSIDY:<function>\") in it adds 0 and names the function. Rates are percentages (30% = 0.3). At a tie (an exact award within a hair of half a fen) the host's rounding may differ from the add-in's by 0.01.",
    ],
    zh: [
      "原生公式：本表在Excel、LibreOffice Calc和WPS中无需加载项即可计算。必填项留空或输入加载项不接受的值时显示#N/A（原生公式无法给出加载项的错误说明）。",
      "“是否有效”行将12月31日（日期序列号）与文件有效期比较（单元格批注列明日期）；有效期未知时为#N/A。“是否适用”行默认取该值；为#N/A时默认值为假设（有效期未知按TRUE，征求意见稿按FALSE）。",
      '各项补贴 = IF(是否适用, 该条款的原生公式, 0)，单位为元；公式中的+N("SUBSIDY:<函数>")加0并注明函数。比例以百分比表示（30% = 0.3）。金额恰在半分附近时，宿主程序的四舍五入可能与加载项相差0.01。',
    ],
  },

  // Audit sheet
  auditTitle: { en: "Audit report: {company}", zh: "审计报告：{company}" },
  auditSubtitle: {
    en: "Scenario sheet “{sheet}”, {first}–{last}",
    zh: "情景测算表“{sheet}”，{first}–{last}年",
  },
  sectionReferences: { en: "Policy references", zh: "政策依据" },
  sectionApplied: { en: "In force and applied", zh: "有效性与适用" },
  sectionInputs: { en: "Inputs", zh: "输入" },
  sectionClauses: { en: "Clauses applied", zh: "所用条款" },
  sectionRaw: { en: "Awards before stacking", zh: "叠加前补贴" },
  sectionCountedAudit: { en: "Counted after stacking", zh: "叠加后计入金额" },
  sectionDecisions: { en: "Stacking decisions", zh: "叠加决定" },
  sectionBinding: { en: "Binding cap per year", zh: "各年起决定作用的上限" },
  sectionSteps: { en: "Calculation steps (EXPLAIN)", zh: "计算过程（EXPLAIN）" },
  colTitle: { en: "Title", zh: "标题" },
  colDocNumber: { en: "Document number", zh: "文号" },
  colStatus: { en: "Status", zh: "状态" },
  colWindow: { en: "Validity window (spec §3.6)", zh: "有效期（规格§3.6）" },
  colStackingRule: { en: "Stacking rule", zh: "叠加规则" },
  colFunction: { en: "Function", zh: "函数" },
  colQuote: { en: "Quote", zh: "原文" },
  colSummary: { en: "Summary", zh: "摘要" },
  colGroup: { en: "Overlap group", zh: "重叠组" },
  statusFinal: { en: "final", zh: "正式文件" },
  statusDraft: { en: "draft for comment (征求意见稿)", zh: "征求意见稿" },
  noneStated: { en: "none stated", zh: "未规定" },
  none: { en: "none", zh: "无" },
  decisionNoAward: { en: "no award", zh: "无补贴" },
  decisionCounted: { en: "counted", zh: "计入" },
  notApplied: { en: "not applied", zh: "不适用" },
  decisionDropped: {
    en: "dropped: overlap group {group}, a larger award counts",
    zh: "不计入：重叠组{group}，按从优、就高、不重复计较高一项",
  },
  decisionInKind: { en: "in kind: shown apart, not counted", zh: "实物：单列，不计入" },
  stepsFor: { en: "{id} · {fn} · {year}", zh: "{id} · {fn} · {year}年" },
  legendAudit: {
    en: [
      "Every figure refers to the scenario sheet; nothing is typed twice.",
      "Binding cap: the cap that determined the award that year ([binding] in EXPLAIN), or “none”.",
      "EXPLAIN shows the computation whether or not the policy applies that year or a one-time award was already paid; the award counted is in the scenario sheet.",
    ],
    zh: [
      "各数值均引用情景测算表，不重复录入。",
      "起决定作用的上限：当年决定补贴金额的上限（EXPLAIN中的[binding]），无则为“无”。",
      "EXPLAIN列示计算过程，不论当年政策是否适用、一次性补贴是否已支付；实际计入金额见情景测算表。",
    ],
  },
  // Audit sheet of a native scenario: the steps as cells computed by the clause's native twin.
  sectionStepsNative: {
    en: "Calculation steps (native formulas)",
    zh: "计算过程（原生公式）",
  },
  stepAward: { en: "Award (native formula)", zh: "补贴金额（原生公式）" },
  stepBeforeRounding: { en: "Before the floor at 0 and rounding", zh: "取0下限及四舍五入前" },
  stepNoCap: { en: "No cap binds", zh: "无上限起决定作用" },
  stepCap: { en: "Cap {limit}", zh: "上限{limit}" },
  stepCapAt: { en: "Cap {k}", zh: "上限{k}" },
  stepRoom: { en: "Room under the {limit} cap", zh: "{limit}上限内剩余额度" },
  stepRoomAt: { en: "Room under cap {k}", zh: "上限{k}内剩余额度" },
  stepBindingCap: { en: "Binding cap", zh: "起决定作用的上限" },
  colLimit: { en: "Limit", zh: "限额" },
  colWithout: { en: "Without this cap", zh: "不计此上限时" },
  colBinds: { en: "Binds", zh: "起决定作用" },
  legendAuditNative: {
    en: [
      "Every figure refers to the scenario sheet; nothing is typed twice. Native formulas: no add-in needed.",
      "Binding cap: the last cap without which the award would be larger (its “Binds” cell is TRUE), found by INDEX over the caps listed; “none” when no cap cuts the award.",
      "The steps show the computation whether or not the policy applies that year or a one-time award was already paid; the award counted is in the scenario sheet.",
    ],
    zh: [
      "各数值均引用情景测算表，不重复录入。原生公式：无需加载项。",
      "起决定作用的上限：若不计该上限补贴金额会更高的最后一个上限（其“起决定作用”单元格为TRUE），由INDEX在所列上限中查得；无上限削减补贴时为“无”。",
      "计算过程不论当年政策是否适用、一次性补贴是否已支付均予列示；实际计入金额见情景测算表。",
    ],
  },
  // Stamp and chart (issue 15): the build each sheet states, the chart of the yearly totals by document.
  builtWith: {
    en: "Built with the subsidy add-in {version} against clause spec revision {revision}.",
    zh: "由补贴加载项 {version} 生成，依据条款规格第{revision}次修订。",
  },
  sectionByDocument: {
    en: "Counted totals by document (the chart's data)",
    zh: "各文件计入合计（图表数据）",
  },
  chartByDocument: { en: "Yearly totals by document", zh: "各年度合计（按文件）" },
  // Item rows (issue 15): a clause's second and later award rows, and the "missing" flag of each award row.
  itemRowOf: { en: "{label} · item row {k}", zh: "{label} · 第{k}行项目" },
  /** The item key the generator writes on a clause's k-th item row (k ≥ 2): its own item for stacking. */
  itemKeyDefault: { en: "item {k}", zh: "项目{k}" },
  colMissing: { en: "Missing inputs", zh: "缺少的输入" },
  missingPrefix: { en: "missing: ", zh: "缺少：" },
  missingSeparator: { en: ", ", zh: "、" },
  missingHistory: { en: "{label} ({history} column)", zh: "{label}（{history}列）" },
} satisfies Record<string, Text | { en: string[]; zh: string[] }>;

export type StringKey = keyof typeof strings;

/** A string in a locale with its {placeholders} filled. */
export function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function t(
  key: StringKey,
  locale: Language,
  vars?: Record<string, string | number>
): string {
  const s = strings[key] as Text;
  return fill(s[locale], vars);
}

export function lines(
  key: "legendScenario" | "legendScenarioNative" | "legendAudit" | "legendAuditNative",
  locale: Language
): string[] {
  return strings[key][locale];
}

/**
 * SUBSIDY.STACK and SUBSIDY.STACK_ROWS (spec §7.5): the total a set of awards adds up to under the
 * stacking rules, and the same decision row by row (0 where a row is dominated or in kind). Both call
 * one decision function (src/rules/stack.ts), so STACK = SUM(STACK_ROWS) always, summed in integer fen.
 */
import type { Text } from "../catalog/types";
import { stackRows, stackTotal } from "../rules/stack";
import type { SheetFunction, SheetParam } from "./types";

const params: SheetParam[] = [
  {
    name: "ids",
    label: { en: "Functions or clauses", zh: "函数名或条款编号" },
    description: {
      en: "Range of function names (e.g. HLJ_RD_SUBSIDY) or clause ids (e.g. HLJ-AI-03), one per award. A row whose id is blank (or 0) is skipped when its award is blank or 0, and is #VALUE! otherwise.",
      zh: "函数名（如HLJ_RD_SUBSIDY）或条款编号（如HLJ-AI-03）的区域，每项奖补一格。编号为空（或0）的行：金额为空或0时跳过，否则返回#VALUE!。",
    },
    optional: false,
    matrix: true,
  },
  {
    name: "awards",
    label: { en: "Awards", zh: "奖补金额" },
    description: {
      en: "Range of award amounts in yuan, the same size and shape as ids (e.g. the results of the SUBSIDY functions).",
      zh: "奖补金额（元）区域，大小和形状与ids相同（如各SUBSIDY函数的结果）。",
    },
    optional: false,
    matrix: true,
  },
  {
    name: "item_keys",
    label: { en: "Items", zh: "所属项目" },
    description: {
      en: "Optional range, the same size as ids: which project or expense each row concerns. Rows with the same key (blank = the same item) are one item, where an overlap group counts only its largest award.",
      zh: "可选，大小与ids相同：每行对应的项目或支出。键相同（空白视为同一项目）的行属于同一项目，同一重叠组只计最高一项。",
    },
    optional: true,
    matrix: true,
  },
];

const rule: Text = {
  en: "Within one item, rows of the same overlap group (spec §7.5: 从优、就高、不重复) count only the largest award (ties: the first row); in-kind values count 0; all other rows add.",
  zh: "同一项目内，同一重叠组（规格§7.5：从优、就高、不重复）只计最高一项（相同则取第一行）；实物价值计0；其余各行相加。",
};

export const stackSheetFunction: SheetFunction = {
  name: "STACK",
  description: {
    en: `Total of several awards after the stacking rules. ${rule.en}`,
    zh: `按叠加规则汇总多项奖补。${rule.zh}`,
  },
  params,
  result: { type: "number", dimensionality: "scalar" },
  invoke: (args) => stackTotal(args[0], args[1], args[2]),
  helpAnchor: "STACK",
};

export const stackRowsSheetFunction: SheetFunction = {
  name: "STACK_ROWS",
  description: {
    en: `The stacking decision row by row: a column with the amount each row counts (0 where dropped or in kind); STACK is its sum. ${rule.en}`,
    zh: `逐行显示叠加结果：每行计入的金额（被取代或实物价值为0），合计即STACK。${rule.zh}`,
  },
  params,
  // "any": with no rows it returns [[""]] (a custom function cannot return an empty array).
  result: { type: "any", dimensionality: "matrix" },
  invoke: (args) => stackRows(args[0], args[1], args[2]),
  helpAnchor: "STACK_ROWS",
};

/**
 * The prose of the utility sheet functions (CLAUSE, EACH, EXPLAIN, IN_FORCE, STACK, STACK_ROWS): description
 * and parameter help for functions.json, the help pages and the docs. A text module, like a clause's
 * `.text.ts`: imported by documented.ts (the build and the pane), never by the functions runtime.
 */
import type { Text } from "../catalog/types";
import { documents } from "../policies";
import { CLAUSE_FIELDS } from "./clause-info";

const documentIds = documents.map((d) => d.id);

export interface UtilityText {
  description: Text;
  /** Help per parameter name. */
  params: Readonly<Record<string, Text>>;
}

/** The stacking rule STACK and STACK_ROWS both describe. */
const rule: Text = {
  en: "Within one item, rows of the same overlap group (spec §7.5: 从优、就高、不重复) count only the largest award (ties: the first row); in-kind values count 0; all other rows add.",
  zh: "同一项目内，同一重叠组（规格§7.5：从优、就高、不重复）只计最高一项（相同则取第一行）；实物价值计0；其余各行相加。",
};

/** The parameters STACK and STACK_ROWS share (stack.ts gives both the same list). */
const STACK_PARAMS: Readonly<Record<string, Text>> = {
  ids: {
    en: "Range of function names (e.g. HLJ_RD_SUBSIDY) or clause ids (e.g. HLJ-AI-03), one per award. A row whose id is blank (or 0) is skipped when its award is blank or 0, and is #VALUE! otherwise.",
    zh: "函数名（如HLJ_RD_SUBSIDY）或条款编号（如HLJ-AI-03）的区域，每项奖补一格。编号为空（或0）的行：金额为空或0时跳过，否则返回#VALUE!。",
  },
  awards: {
    en: "Range of award amounts in yuan, the same size and shape as ids (e.g. the results of the SUBSIDY functions).",
    zh: "奖补金额（元）区域，大小和形状与ids相同（如各SUBSIDY函数的结果）。",
  },
  item_keys: {
    en: "Optional range, the same size as ids: which project or expense each row concerns. Rows with the same key (blank = the same item) are one item, where an overlap group counts only its largest award.",
    zh: "可选，大小与ids相同：每行对应的项目或支出。键相同（空白视为同一项目）的行属于同一项目，同一重叠组只计最高一项。",
  },
};

export const UTILITY_TEXTS: Readonly<Record<string, UtilityText>> = {
  CLAUSE: {
    description: {
      en: `A fact about a clause from the catalog: ${CLAUSE_FIELDS.join(", ")} (dates as Excel dates; #N/A where the text states none).`,
      zh: `返回条款目录中的信息：${CLAUSE_FIELDS.join("、")}（日期为Excel日期；文中未载明的返回#N/A）。`,
    },
    params: {
      id: {
        en: "A clause id, e.g. HLJ-ROBOT-01 or HZ-HUMANOID-03b (case-insensitive), or a function name.",
        zh: "条款编号，如HLJ-ROBOT-01或HZ-HUMANOID-03b（不区分大小写），或函数名。",
      },
      field: {
        en: `Which fact: ${CLAUSE_FIELDS.join(", ")}.`,
        zh: `所需信息：quote（原文）、summary（英文摘要）、number（原文编号）、document（文件）、title（中文标题）、category（类别）、departments（责任单位）、function（函数）、status（状态）、effective（生效日）、expiry（截止日）。`,
      },
    },
  },
  EACH: {
    description: {
      en: "Applies a clause function element by element: each argument may be a cell or a range; ranges of the same shape broadcast against single cells and the result spills in that shape. An invalid element shows its own error. Range parameters of the clause function (unit_prices, requested_amounts) are passed whole, not broadcast.",
      zh: "逐元素调用条款函数：每个参数可以是单元格或区域；同形状的区域与单个单元格逐元素配对，结果按该形状溢出。无效元素仅在该元素显示错误。条款函数本身的区域参数（unit_prices、requested_amounts）整体传入，不逐元素展开。",
    },
    params: {
      function_name: {
        en: 'Name of a clause function, e.g. "HZ_SCENARIO_AWARD" (with or without SUBSIDY.).',
        zh: "条款函数名称，如“HZ_SCENARIO_AWARD”（可带或不带SUBSIDY.前缀）。",
      },
      args: {
        en: "The clause function's arguments in its order; each a cell or a range (ranges must have the same shape).",
        zh: "条款函数的参数，按其顺序；每个可为单元格或区域（各区域须同形状）。",
      },
    },
  },
  EXPLAIN: {
    description: {
      en: "The calculation steps of a clause function as two columns (step, amount); the last row is the award. The steps: base, thresholds (met or not), caps (bound or not, and the binding one), room left under annual or cumulative caps, rounding, notes and the award under other readings of the text. Errors are shown as rows with their message.",
      zh: "以两列（步骤、金额）列出条款函数的计算过程，最后一行为补助金额。步骤包括：基数、门槛（是否达到）、上限（是否触及及起决定作用的上限）、年度或累计上限的剩余额度、舍入、说明及原文其他理解下的金额。出错时以行显示错误及说明。",
    },
    params: {
      function_name: {
        en: "Name of a clause function, e.g. HLJ_RD_SUBSIDY (with or without SUBSIDY.).",
        zh: "条款函数名，如HLJ_RD_SUBSIDY（可带或不带SUBSIDY.前缀）。",
      },
      args: {
        en: "The function's arguments, in its own order (cells, values or ranges).",
        zh: "该函数的参数，按其原有顺序（单元格、数值或区域）。",
      },
    },
  },
  IN_FORCE: {
    description: {
      en: "Whether a policy is in force on a date (spec §3.6): TRUE inside its validity window (both ends inclusive), FALSE outside, #N/A where the window is unknown or the document is a draft.",
      zh: "判断政策在某日是否有效（规格§3.6）：在有效期内（含首尾两日）为TRUE，期外为FALSE；有效期未知或文件为征求意见稿时返回#N/A。",
    },
    params: {
      policy: {
        en: `A document id (${documentIds.join(", ")}), a clause id (e.g. HLJ-ROBOT-01) or a function name (e.g. HLJ_RD_SUBSIDY); case-insensitive.`,
        zh: `文件编号（${documentIds.join("、")}）、条款编号（如HLJ-ROBOT-01）或函数名（如HLJ_RD_SUBSIDY），不区分大小写。`,
      },
      date: {
        en: "The date: an Excel date (e.g. DATE(2026,12,31)) or ISO text such as 2026-12-31.",
        zh: "日期：Excel日期（如DATE(2026,12,31)）或ISO格式文本（如2026-12-31）。",
      },
    },
  },
  STACK: {
    description: {
      en: `Total of several awards after the stacking rules. ${rule.en}`,
      zh: `按叠加规则汇总多项奖补。${rule.zh}`,
    },
    params: STACK_PARAMS,
  },
  STACK_ROWS: {
    description: {
      en: `The stacking decision row by row: a column with the amount each row counts (0 where dropped or in kind); STACK is its sum. ${rule.en}`,
      zh: `逐行显示叠加结果：每行计入的金额（被取代或实物价值为0），合计即STACK。${rule.zh}`,
    },
    params: STACK_PARAMS,
  },
};

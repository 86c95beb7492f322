/** BJ-ROBOT-08: application scenarios and the 「机器人+」 catalogue, supported by districts and sectors, no amount (spec §4.5). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "BJ-ROBOT-08",
  document: "BJ-ROBOT",
  numberAsWritten: "三（八）",
  category: "scenario",
  type: "N-$",
  quotes: [
    "发布《北京市“机器人+”典型场景应用目录》，将应用成效突出、具有较强影响力的典型场景纳入目录并进行推广。各区、各行业主管部门对机器人创新场景建设单位予以支持。",
  ],
  summary: {
    en: 'Open application scenarios, a "Robot+" typical-scenario catalogue, and district/sector support for scenario builders (no amount).',
    zh: "开放机器人创新应用场景，发布“机器人+”典型场景应用目录，各区、各行业主管部门支持场景建设单位（未规定金额）。",
  },
  // The one measure that names who supports: 「各区、各行业主管部门…予以支持」.
  departments: "各区、各行业主管部门",
};

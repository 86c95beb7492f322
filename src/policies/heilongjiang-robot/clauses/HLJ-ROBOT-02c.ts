/** HLJ-ROBOT-02c: provincial/ministerial innovation platforms, supported under separate rules (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-02c",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（一）2",
  category: "innovation-platform",
  type: "N-$",
  quotes: ["对智能机器人领域获批的省（部）级创新平台，按照科技创新平台专项支持细则给予支持。"],
  summary: {
    en: "Approved provincial/ministerial innovation platforms in robotics are supported under the separate implementing rules for sci-tech innovation platforms. No amount is given here.",
    zh: "智能机器人领域获批的省（部）级创新平台，按照科技创新平台专项支持细则给予支持，本政策未定金额。",
  },
  departments:
    "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
};

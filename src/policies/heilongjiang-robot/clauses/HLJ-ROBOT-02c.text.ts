/** HLJ-ROBOT-02c's notes: the verbatim context beside its quote (pane and docs only; the clause has no function). */
import type { ClauseNotes } from "../../../catalog/types";

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-02c",
  context: [
    "支持企业围绕智能机器人控制器、传感器、灵巧手、操作系统等关键技术，牵头建设企业技术中心、制造业创新中心、产业技术工程化中心等创新平台。",
  ],
};

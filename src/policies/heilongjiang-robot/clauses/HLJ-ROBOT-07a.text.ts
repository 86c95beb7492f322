/** HLJ-ROBOT-07a's notes: the verbatim context beside its quote (pane and docs only; the clause has no function). */
import type { ClauseNotes } from "../../../catalog/types";

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-07a",
  context: [
    "对符合条件的改造升级、用能设备更新改造项目，在争取国家设备更新超长期特别国债等资金时予以支持。",
  ],
};

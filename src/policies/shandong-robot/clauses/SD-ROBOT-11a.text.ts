/** SD-ROBOT-11a's notes: the verbatim context beside its quote (pane and docs only; the clause has no function). */
import type { ClauseNotes } from "../../../catalog/types";

export const notes: ClauseNotes = {
  id: "SD-ROBOT-11a",
  context: [
    "搭建虚拟仿真环境和真实应用环境，优化布局一批中试基地，将符合条件的中试资源纳入“山东省大型科学仪器设备协作共用网”管理。",
  ],
};

/** SD-ROBOT-09 (N): the four robot highlands. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-09",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）2",
  category: "land-space",
  type: "N",
  quotes: ["引导资源和创新要素向产业基础好、发展潜力大的地区集聚,打造四大机器人产业发展高地。"],
  summary: {
    en: 'Four robot "highlands": Jinan, Qingdao, Zibo and Jining, each with the focus areas listed in the text.',
    zh: "打造济南、青岛、淄博、济宁四大机器人产业发展高地，各有重点发展方向。",
  },
  departments:
    "none stated after this item (the 责任单位 line after SD-ROBOT-10, 各市人民政府、省工业和信息化厅, probably covers both items)",
};

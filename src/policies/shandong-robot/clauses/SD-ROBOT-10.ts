/** SD-ROBOT-10 (N): characteristic bases of the other cities. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-10",
  document: "SD-ROBOT",
  numberAsWritten: "二（三）3",
  category: "land-space",
  type: "N",
  quotes: ["鼓励各市立足比较优势，因地制宜布局和发展机器人特色产业。"],
  summary: {
    en: "Characteristic bases in Zaozhuang, Yantai, Weifang, Tai'an, Weihai, Rizhao, Linyi and Binzhou.",
    zh: "枣庄、烟台、潍坊、泰安、威海、日照、临沂、滨州等市因地制宜发展机器人特色产业基地。",
  },
  departments: "各市人民政府、省工业和信息化厅",
};

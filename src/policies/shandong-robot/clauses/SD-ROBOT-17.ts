/** SD-ROBOT-17 (N): talent training and the 「山东惠才卡」. */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "SD-ROBOT-17",
  document: "SD-ROBOT",
  numberAsWritten: "二（五）2",
  category: "talent",
  type: "N",
  quotes: [
    "为符合条件的高技能人才发放“山东惠才卡”，在住房保障、子女就学、职称评聘、交通出行等方面提供支持保障。",
  ],
  summary: {
    en: "Talent training (outstanding engineers, industry–education consortia, training bases) and the 「山东惠才卡」 card for highly skilled talent. The sentence on the Taishan project duplicates one in SD-ROBOT-16.",
    zh: "加强产业人才培养（卓越工程师、产教联合体、实训基地），为高技能人才发放“山东惠才卡”。关于泰山产业领军人才工程的表述与SD-ROBOT-16重复。",
  },
  departments: "省委组织部、省教育厅、省工业和信息化厅、省人力资源社会保障厅",
};

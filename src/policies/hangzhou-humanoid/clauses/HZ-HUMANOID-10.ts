/** HZ-HUMANOID-10: a working mechanism and support for events and competitions (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HZ-HUMANOID-10",
  document: "HZ-HUMANOID",
  numberAsWritten: "十",
  category: "other",
  type: "N",
  quotes: [
    "建立促进人形机器人产业创新发展工作推进机制,强化部门间协同,统筹推进技术攻关、产业引育、示范应用、交流合作等工作。",
    "支持开展技术创新协作、场景应用推广、高端展会论坛、机器人竞赛等活动,进一步推动产业蓬勃发展。",
  ],
  summary: {
    en: "A working mechanism plus support for collaboration, exhibitions, forums and competitions. No amounts.",
    zh: "建立工作推进机制，支持技术创新协作、场景应用推广、高端展会论坛、机器人竞赛等活动。未规定金额。",
  },
  departments: "市经信局",
};

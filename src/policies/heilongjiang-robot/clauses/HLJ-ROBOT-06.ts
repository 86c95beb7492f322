/** HLJ-ROBOT-06: the Intelligent Robot Island in Harbin New Area (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-06",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（二）6",
  category: "land-space",
  type: "N",
  quotes: ["在哈尔滨新区（高新区）高质量建设智能机器人岛，全力打造国家级机器人产业基地。"],
  summary: {
    en: 'Build the "Intelligent Robot Island" in Harbin New Area (High-tech Zone) as a national robot industry base, building on national-level platforms such as the HIT robotics national key laboratory.',
    zh: "依托哈工大机器人技术与系统全国重点实验室等国家级平台，在哈尔滨新区（高新区）建设智能机器人岛，打造国家级机器人产业基地。",
  },
  departments:
    "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
};

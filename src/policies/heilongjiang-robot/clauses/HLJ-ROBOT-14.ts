/** HLJ-ROBOT-14: priority listing of robot projects; pre-project work funds for government-invested parks (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-14",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（四）14",
  category: "other",
  type: "N-$",
  quotes: [
    "对智能机器人产业项目，优先纳入年度省级重点产业项目清单，加强项目前期要素保障，予以重点推动建设。对政府投资智能机器人产业园区和公共服务平台等项目，予以前期工作经费补助和优化审批服务保障。",
  ],
  summary: {
    en: "Robot projects get priority listing as provincial key projects. Government-invested robot parks and public-service platforms get pre-project work funding (unquantified) and faster approvals. The beneficiary of the money is government-invested projects, not enterprises.",
    zh: "智能机器人产业项目优先纳入年度省级重点产业项目清单；政府投资的智能机器人产业园区和公共服务平台等项目，给予前期工作经费补助（未定金额）和审批服务保障。资金受益方为政府投资项目，而非企业。",
  },
  departments: "省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
};

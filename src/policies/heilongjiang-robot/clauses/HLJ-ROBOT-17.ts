/** HLJ-ROBOT-17: listing, guarantees and funds for robot enterprises (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HLJ-ROBOT-17",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（四）17",
  category: "listing-finance",
  type: "N",
  quotes: [
    "支持医疗机器人、工业机器人、农业机器人、机器人操作系统等领域企业融资上市。",
    "引导政府性融资担保机构加大对智能机器人企业的支持力度，用好龙江天使投资基金和先进制造业基金，支持对智能机器人领域投资，推动智能机器人领域初创期、成长期科创企业加快发展。",
  ],
  summary: {
    en: "Listing support, including a green channel and fast handling of services for provincial listing-reserve firms; government guarantees; angel and advanced-manufacturing funds; IP-pledge and equity financing; the 「政银担」 model. No amounts.",
    zh: "支持企业融资上市，开辟上市“绿色通道”、快速办理省级上市后备企业服务事项；政府性融资担保；龙江天使投资基金和先进制造业基金；知识产权质押融资、股权融资；“政银担”融资模式。未定金额。",
  },
  departments:
    "省发展改革委、省地方金融管理局、省科技厅、省工业和信息化厅、人民银行黑龙江省分行、黑龙江证监局、省知识产权局、省财政厅，各市（地）人民政府（行署）按职能分工负责",
};

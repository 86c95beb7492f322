/** HZ-HUMANOID-08: direct investment by the municipal industry fund, matched by the districts (no amount). */
import type { Clause } from "../../../catalog/types";

export const clause: Clause = {
  id: "HZ-HUMANOID-08",
  document: "HZ-HUMANOID",
  numberAsWritten: "八",
  category: "listing-finance",
  type: "N",
  quotes: [
    "对属于强链补链延链的人形机器人产业项目,履行相关决策程序后,市级产业基金可采取市和区、县(市)按1:1比例联动出资的机制进行直投。",
    "鼓励各区、县(市)对政府产业基金投资的重大项目,使用政府投资的收益部分给予一定奖励。",
  ],
  summary: {
    en: "The municipal industry fund may invest directly, matched 1:1 by the district fund. Districts are encouraged to reward major fund-invested projects out of the government's investment returns.",
    zh: "市级产业基金可按市和区、县(市)1:1联动出资直投强链补链延链项目；鼓励各区、县(市)以政府投资收益对基金投资的重大项目给予一定奖励。",
  },
  departments: "市国资委",
};

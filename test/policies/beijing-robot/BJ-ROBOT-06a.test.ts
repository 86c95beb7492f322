/** BJ-ROBOT-06a (BJ_BENCHMARK_FACTORY_AWARD): the cases of its twin 03a, worked by hand in construction-investment.ts. */
import { describeConstructionInvestment } from "./construction-investment";

describeConstructionInvestment(
  "BJ_BENCHMARK_FACTORY_AWARD",
  "「“机器人生产机器人”标杆工厂…按照不超过建设项目投资的 30%予以奖励，最高 3000 万元」"
);

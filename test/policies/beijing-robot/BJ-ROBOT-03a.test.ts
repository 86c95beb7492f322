/** BJ-ROBOT-03a (BJ_PUBLIC_PLATFORM_SUBSIDY): the cases of its twin 06a, worked by hand in construction-investment.ts. */
import { describeConstructionInvestment } from "./construction-investment";

describeConstructionInvestment(
  "BJ_PUBLIC_PLATFORM_SUBSIDY",
  "「对公共平台建设单位，按照不超过建设项目投资的 30%予以补贴，最高 3000 万元」"
);

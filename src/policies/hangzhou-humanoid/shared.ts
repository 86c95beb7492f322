/** What several HZ-HUMANOID clause records share: the measures' 责任单位 and the excluded-assets parameter. */
import { amount } from "../builders/params";

/** 「责任单位」 of whole measures, repeated on each of their rows. */
export const DEPT = {
  m2: "市经信局、市科技局,各区、县(市)政府",
  m3: "市经信局、市投资促进局、市国资委,各区、县(市)政府",
  m4: "市经信局、市地方金融管理局,各区、县(市)政府",
  m5: "市经信局、市科技局、市规划和自然资源局、市国资委,各区、县(市)政府",
};

/** Land, buildings and used equipment: the text excludes them from 「实际投资总额」 in 02c and 04b. */
export const excludedAssets = amount(
  "excluded_assets",
  { en: "Land, buildings, used equipment", zh: "土地厂房旧设备" },
  { default: 0 }
);

/** A validated numeric argument (validation has already turned it into a number). */
export const num = (v: unknown): number => v as number;

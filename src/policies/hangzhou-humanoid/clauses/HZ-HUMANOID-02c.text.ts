/** HZ-HUMANOID-02c's prose: the rate and the cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { excludedAssetsHelp } from "../shared.text";
import type { HZ_FLAGSHIP_PROJECT_SUBSIDY } from "./HZ-HUMANOID-02c";

export const text = clauseText<typeof HZ_FLAGSHIP_PROJECT_SUBSIDY>(
  "HZ_FLAGSHIP_PROJECT_SUBSIDY",
  (c) => ({
    description: {
      en: `Hangzhou subsidy for MIIT humanoid 「揭榜挂帅」 / high-quality-development projects and Zhejiang pilot-zone specials (HZ-HUMANOID-02c): ${percent(c.rate)} of actual total investment net of land, buildings, used equipment and support funds, up to ${grouped(c.cap)} yuan.`,
      zh: `杭州承担工信部人形机器人“揭榜挂帅”项目和高质量发展专项、省经信厅未来产业先导区财政激励专项的补助（HZ-HUMANOID-02c）：按实际投资总额（含研发投入及相关固定资产投资，不含土地、厂房、旧设备及已获国家、省、市扶持资金）的${percent(c.rate)}，最高${wan(c.cap)}。`,
    },
    formula: {
      en: `base = max(0, total investment − excluded assets − support funds received); award = min(${percent(c.rate)} × base, ${grouped(c.cap)}).`,
      zh: `计算基数 = max(0, 实际投资总额 − 土地厂房旧设备 − 已获扶持资金)；补助 = min(基数×${percent(c.rate)}, ${wan(c.cap)})。`,
    },
    params: {
      total_investment: {
        en: "Actual total investment in the project, gross: R&D investment plus related fixed-asset investment, in yuan.",
        zh: "项目实际投资总额（毛额）：研发投入加相关固定资产投资，元。",
      },
      excluded_assets: excludedAssetsHelp({ en: "total_investment", zh: "实际投资总额" }),
      support_funds_received: {
        en: "National, provincial and municipal support funds received for the project, in yuan, deducted because the text excludes them (「不含…获得的国家、省、市相关扶持资金」). Include any HZ-HUMANOID-02b matching paid for the same project. Default 0.",
        zh: "项目已获得的国家、省、市相关扶持资金，元；政策明确不计入，予以扣除。同一项目已获的HZ-HUMANOID-02b配套补助也应计入。默认0。",
      },
    },
    ambiguities: [
      {
        issue: {
          en: "The same MIIT project may also be a national key research task matched under HZ-HUMANOID-02b (§7.3).",
          zh: "同一工信部项目可能同时属于按HZ-HUMANOID-02b给予配套的国家重点科研任务（§7.3）。",
        },
        chosen: {
          en: "Both are paid (Revision 1): pass the 02b matching in support_funds_received, so it is deducted from this base.",
          zh: "两项均予兑现（Revision 1）：将02b配套补助计入support_funds_received，从本条计算基数中扣除。",
        },
        alternative: { en: "MAX(02b, 02c).", zh: "MAX(02b, 02c)，即两项择高。" },
      },
    ],
    // Expected values from the policy text, never from the code: 「实际投资总额(…)的50%、最高300万元」.
    examples: [
      {
        args: [5_000_000, 0, 1_000_000],
        expect: 2_000_000,
        arithmetic: "(5,000,000 − 1,000,000) × 0.50 = 2,000,000",
      },
      {
        args: [20_000_000, 2_000_000, 4_000_000],
        expect: 3_000_000,
        arithmetic:
          "(20,000,000 − 2,000,000 − 4,000,000) = 14,000,000 × 0.50 = 7,000,000 → cap 3,000,000",
        note: "cap",
      },
      {
        args: [3_000_000, 1_000_000, 2_000_000],
        expect: 0,
        arithmetic: "base max(0, 3,000,000 − 1,000,000 − 2,000,000) = 0",
        note: "nothing left",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-02c",
  because: "的50%、最高300万元的补助",
};

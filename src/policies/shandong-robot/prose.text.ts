/** Wording every SD-ROBOT clause text shares: the draft mark and the help of an "up to" request. */
import type { Text } from "../../catalog/types";

/**
 * A function description marked as the draft's (征求意见稿): its numbers may change in the final text, so
 * every SD-ROBOT description opens with the mark (a test checks it).
 */
export const draft = (description: Text): Text => ({
  en: `DRAFT (征求意见稿) – ${description.en}`,
  zh: `征求意见稿 – ${description.zh}`,
});

/** Help of `requested` (requested.ts): `what` it is requested for, and the `cap` an omitted request takes. */
export const requestedHelp = (what: Text, cap: Text): Text => ({
  en: `Amount requested or expected for ${what.en}, in yuan. Omitted: the cap (${cap.en}), i.e. the maximum possible award; a larger request is cut to the cap.`,
  zh: `${what.zh}申请或预计获得的金额，元。不填则按上限（${cap.zh}）计算，即可能获得的最高金额；超过上限的按上限计。`,
});

/**
 * The scope of each clause function's `received_to_date` (spec §2.3, §9 "Caps / received"): "annual"
 * when it counts receipts of the same year, "cumulative" when it counts the whole policy term. The cap
 * amounts stay in the clause records; scenario sheets need only the scope to wire receipts across years.
 * A test checks this table against the catalog: every function with `received_to_date` is listed, and
 * the room step its formula records is the annual or cumulative one named here.
 */
export type CapScope = "annual" | "cumulative";

/** Per §9 ("annual" = per year, "cumulative" = over the policy term or per enterprise in total). */
export const receivedScope: Record<string, CapScope> = {
  HLJ_RD_SUBSIDY: "cumulative",
  HLJ_FIRST_SET_AWARD: "annual",
  HLJ_DATA_VOUCHER: "annual",
  HZ_LOAN_INTEREST_SUBSIDY: "cumulative",
  HZ_COMPONENT_PURCHASE_AWARD: "annual",
  SD_RD_SUBSIDY: "annual",
  SD_COMPUTE_VOUCHER: "cumulative",
  HLJAI_RD_SUBSIDY: "cumulative",
  HLJAI_COMPUTE_AWARD: "annual",
  HLJAI_DATA_VOUCHER: "annual",
  HLJAI_MODEL_VOUCHER: "annual",
  BJ_PROJECT_LOAN_INTEREST_SUBSIDY: "annual",
  BJ_BTH_SUPPLY_CHAIN_AWARD: "cumulative",
  BJ_FIRST_TRIAL_AWARD: "annual",
  BJ_LEASING_SUBSIDY: "annual",
};

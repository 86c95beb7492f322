/**
 * HLJ-ROBOT (黑龙江省支持智能机器人产业发展若干政策措施), spec §4.1 / §5.1: the document's rows and the §2.4
 * input contract of each of its functions (the twins' through the shared builders of heilongjiang-twins.ts).
 * Each clause's own arithmetic is in `<ID>.test.ts` beside this file; the spec's worked examples run
 * elsewhere, from the catalog records.
 */
import { type Contract, describeContracts, describeRows } from "../../support/contracts";
import {
  dataVoucherContract,
  datasetContract,
  launchEventContract,
  pilotPlatformContract,
  rdPostSubsidyContract,
} from "../heilongjiang-twins";

const contracts: Contract[] = [
  rdPostSubsidyContract("HLJ_RD_SUBSIDY", [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 6_000_000]),
  {
    name: "HLJ_KEYLAB_GRANT",
    params: ["first_evaluation_grade"],
    valid: ["EXCELLENT"],
    required: ["first_evaluation_grade"],
    amounts: [],
    codes: ["first_evaluation_grade"],
  },
  {
    name: "HLJ_NATIONAL_CENTER_GRANT",
    params: ["center_type", "count"],
    valid: ["EMERGING", 1],
    required: ["center_type"],
    amounts: [],
    codes: ["center_type"],
    counts: ["count"],
  },
  {
    name: "HLJ_KEYTECH_GRANT",
    params: ["requested_amount"],
    valid: [7_500_000],
    required: ["requested_amount"],
    amounts: ["requested_amount"],
  },
  pilotPlatformContract("HLJ_PILOT_PLATFORM_GRANT", [20_000_000, 0.3], 0.3),
  {
    name: "HLJ_INDUSTRIALIZATION_GRANT",
    params: ["approved_total_investment", "cap"],
    valid: [80_000_000, 50_000_000],
    required: ["approved_total_investment"],
    amounts: ["approved_total_investment", "cap"],
  },
  {
    name: "HLJ_DIGITAL_FACTORY_SUBSIDY",
    params: ["contract_amount", "type"],
    valid: [12_000_000, "WORKSHOP"],
    required: ["contract_amount", "type"],
    amounts: ["contract_amount"],
    codes: ["type"],
  },
  {
    name: "HLJ_REVENUE_MILESTONE_AWARD",
    params: ["annual_revenue", "prior_max_revenue", "mode"],
    valid: [62_000_000, 45_000_000, "HIGHEST"],
    required: ["annual_revenue"],
    amounts: ["annual_revenue", "prior_max_revenue"],
    codes: ["mode"],
  },
  {
    name: "HLJ_SCENARIO_SUBSIDY",
    params: ["scenario_investment", "rate", "cap"],
    valid: [30_000_000, 0.2, 20_000_000],
    required: ["scenario_investment", "rate"],
    amounts: ["scenario_investment", "cap"],
    rates: [{ param: "rate" }],
  },
  launchEventContract("HLJ_LAUNCH_EVENT_SUBSIDY", [400_000]),
  {
    name: "HLJ_FIRST_SET_AWARD",
    params: ["unit_prices", "received_to_date"],
    valid: [[[1_200_000]], 0],
    required: ["unit_prices"],
    amounts: ["received_to_date"],
    ranges: ["unit_prices"],
  },
  datasetContract("HLJ_DATASET_GRANT", [1_500_000]),
  dataVoucherContract("HLJ_DATA_VOUCHER", [2_500_000, 0]),
];

describeRows(
  "HLJ-ROBOT",
  "§4.1",
  [
    "HLJ-ROBOT-01",
    "HLJ-ROBOT-02a",
    "HLJ-ROBOT-02b",
    "HLJ-ROBOT-02c",
    "HLJ-ROBOT-03",
    "HLJ-ROBOT-04",
    "HLJ-ROBOT-05",
    "HLJ-ROBOT-06",
    "HLJ-ROBOT-07a",
    "HLJ-ROBOT-07b",
    "HLJ-ROBOT-08",
    "HLJ-ROBOT-09",
    "HLJ-ROBOT-10",
    "HLJ-ROBOT-11",
    "HLJ-ROBOT-12",
    "HLJ-ROBOT-13a",
    "HLJ-ROBOT-13b",
    "HLJ-ROBOT-14",
    "HLJ-ROBOT-15",
    "HLJ-ROBOT-16",
    "HLJ-ROBOT-17",
  ],
  contracts
);

describeContracts(contracts);

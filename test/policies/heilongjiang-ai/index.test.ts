/**
 * HLJ-AI (黑龙江省支持人工智能创新发展若干政策措施), spec §4.4 / §5.2.
 * Every expected number is worked out by hand from the policy text; the arithmetic sits beside it.
 * (The spec's worked examples run elsewhere, from the catalog records.)
 * Thresholds: 「以上」「（含）以上」 include the number (≥), 「超过」 excludes it (>) — 民法典 art. 1259.
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
  rdPostSubsidyContract("HLJAI_RD_SUBSIDY", [
    12_000_000,
    9_000_000,
    0.03,
    0.15,
    0,
    "SPLIT",
    6_000_000,
  ]),
  pilotPlatformContract("HLJAI_PILOT_PLATFORM_GRANT", [15_000_000, 0.3], 0.3),
  {
    name: "HLJAI_COMPUTE_AWARD",
    params: ["annual_compute_spend", "received_to_date"],
    valid: [1_000_000, 0],
    required: ["annual_compute_spend"],
    amounts: ["annual_compute_spend", "received_to_date"],
  },
  datasetContract("HLJAI_DATASET_SUBSIDY", [800_000]),
  {
    name: "HLJAI_NATIONAL_DATASET_SUBSIDY",
    params: ["approved_total_investment"],
    valid: [30_000_000],
    required: ["approved_total_investment"],
    amounts: ["approved_total_investment"],
  },
  dataVoucherContract("HLJAI_DATA_VOUCHER", [4_000_000, 0]),
  {
    name: "HLJAI_MODEL_VOUCHER",
    params: ["purchase_amount", "rate", "received_to_date", "uplift"],
    valid: [2_000_000, 0.3, 0, 0.2],
    required: ["purchase_amount", "rate"],
    amounts: ["purchase_amount", "received_to_date"],
    rates: [{ param: "rate" }, { param: "uplift" }],
  },
  {
    name: "HLJAI_SCENARIO_GRANT",
    params: ["approved_total_investment"],
    valid: [50_000_000],
    required: ["approved_total_investment"],
    amounts: ["approved_total_investment"],
  },
  {
    name: "HLJAI_TERMINAL_PROJECT_SUBSIDY",
    params: ["total_investment", "approved_total_investment", "paid_in_prior_phases", "cap"],
    valid: [60_000_000, 60_000_000, 0, 50_000_000],
    required: ["total_investment"],
    amounts: ["total_investment", "approved_total_investment", "paid_in_prior_phases", "cap"],
  },
  launchEventContract("HLJAI_LAUNCH_EVENT_SUBSIDY", [200_000]),
  {
    name: "HLJAI_ENTERPRISE_HONOR_SUBSIDY",
    params: ["honor_type", "requested"],
    valid: ["CHAMPION", 1_000_000],
    required: ["honor_type"],
    amounts: ["requested"],
    codes: ["honor_type"],
  },
  {
    name: "HLJAI_PILOT_BASE_SUBSIDY",
    params: ["national_support_amount", "rate"],
    valid: [200_000_000, 0.2],
    required: ["national_support_amount"],
    amounts: ["national_support_amount"],
    rates: [{ param: "rate", max: 0.2 }],
  },
];

describeRows(
  "HLJ-AI",
  "§4.4",
  [
    "HLJ-AI-01",
    "HLJ-AI-02",
    "HLJ-AI-03",
    "HLJ-AI-04",
    "HLJ-AI-05",
    "HLJ-AI-06a",
    "HLJ-AI-06b",
    "HLJ-AI-06c",
    "HLJ-AI-07",
    "HLJ-AI-08",
    "HLJ-AI-09a",
    "HLJ-AI-09b",
    "HLJ-AI-10",
    "HLJ-AI-11a",
    "HLJ-AI-11b",
    "HLJ-AI-12",
    "HLJ-AI-13a",
    "HLJ-AI-13b",
    "HLJ-AI-14",
    "HLJ-AI-15",
    "HLJ-AI-16",
  ],
  contracts
);

describeContracts(contracts);

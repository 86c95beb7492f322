/**
 * The formula shapes, one file each: a clause record picks a shape and supplies its constants; a shape never
 * carries a policy number of its own and computes only through Calc operations. The contract is in
 * docs/architecture.md, "The shape contract".
 */
export { type Input, type Room } from "./args";
export { atMostArgument } from "./at-most-argument";
export { barredByFlag } from "./barred-by-flag";
export { type CappedQuantity, cappedProductAtPrice } from "./capped-product-at-price";
export { atMostCostPaid, capAtCostPaid } from "./cap-at-cost-paid";
export { type FinancingCostConstants, financingCostUnderRoom } from "./financing-cost-under-room";
export { fixedConstant } from "./fixed-constant";
export { type FixedPerItemConstants, fixedPerItem } from "./fixed-per-item";
export { type Condition, gated } from "./gated";
export { type NetRateCapConstants, netRateCapped } from "./net-rate-capped";
export { newlyCrossedTiers, type TierConstants } from "./newly-crossed-tiers";
export { type PerItemRoomConstants, perItemCapUnderRoom } from "./per-item-cap-under-room";
export { type PhasedConstants, phasedRateCapped } from "./phased-rate-capped";
export { proRatedRate, type ProRatedConstants } from "./pro-rated-rate";
export { type RangeBandConstants, rangeBand } from "./range-band";
export { rateCapped, type RateCappedConstants } from "./rate-capped";
export { type RateCapByCodeConstants, rateCappedByCode } from "./rate-capped-by-code";
export { rateUnderRaisedRoom } from "./rate-under-raised-room";
export { rateUnderRoom, type RateUnderRoomConstants } from "./rate-under-room";
export {
  type BaseShape,
  type RateOptionalCapConstants,
  rateWithOptionalCap,
} from "./rate-with-optional-cap";
export {
  rdPostSubsidy,
  type RdPostSubsidyConstants,
  type RdPostSubsidyParam,
} from "./rd-post-subsidy";
export { meets, type ThresholdOp } from "./threshold";
export {
  type ThresholdRateRoomConstants,
  thresholdRateUnderRoom,
} from "./threshold-rate-under-room";
export { totalOrIncrement } from "./total-or-increment";
export { upToCap, type UpToCapConstants } from "./up-to-cap";
export { type CapsByCodeConstants, upToCapByCode } from "./up-to-cap-by-code";

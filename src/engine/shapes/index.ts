/**
 * The formula shapes, one file each: a clause record picks a shape and supplies its constants; a shape never
 * carries a policy number of its own and computes only through Calc operations. The contract is in
 * docs/architecture.md, "The shape contract".
 */
import { described } from "./spec";
import { atMostArgument as atMostArgument_ } from "./at-most-argument";
import { barredByFlag as barredByFlag_ } from "./barred-by-flag";
import { cappedProductAtPrice as cappedProductAtPrice_ } from "./capped-product-at-price";
import { atMostCostPaid as atMostCostPaid_ } from "./cap-at-cost-paid";
import { financingCostUnderRoom as financingCostUnderRoom_ } from "./financing-cost-under-room";
import { fixedConstant as fixedConstant_ } from "./fixed-constant";
import { fixedPerItem as fixedPerItem_ } from "./fixed-per-item";
import { gated as gated_ } from "./gated";
import { netRateCapped as netRateCapped_ } from "./net-rate-capped";
import { newlyCrossedTiers as newlyCrossedTiers_ } from "./newly-crossed-tiers";
import { perItemCapUnderRoom as perItemCapUnderRoom_ } from "./per-item-cap-under-room";
import { phasedRateCapped as phasedRateCapped_ } from "./phased-rate-capped";
import { proRatedRate as proRatedRate_ } from "./pro-rated-rate";
import { rangeBand as rangeBand_ } from "./range-band";
import { rateCapped as rateCapped_ } from "./rate-capped";
import { rateCappedByCode as rateCappedByCode_ } from "./rate-capped-by-code";
import { rateUnderRaisedRoom as rateUnderRaisedRoom_ } from "./rate-under-raised-room";
import { rateUnderRoom as rateUnderRoom_ } from "./rate-under-room";
import { rateWithOptionalCap as rateWithOptionalCap_ } from "./rate-with-optional-cap";
import { thresholdRateUnderRoom as thresholdRateUnderRoom_ } from "./threshold-rate-under-room";
import { totalOrIncrement as totalOrIncrement_ } from "./total-or-increment";
import { upToCap as upToCap_ } from "./up-to-cap";
import { upToCapByCode as upToCapByCode_ } from "./up-to-cap-by-code";

export { type Input, type Room } from "./args";
export { type CappedQuantity } from "./capped-product-at-price";
export { capAtCostPaid } from "./cap-at-cost-paid";
export { type FinancingCostConstants } from "./financing-cost-under-room";
export { type FixedPerItemConstants } from "./fixed-per-item";
export { type Condition } from "./gated";
export { type NetRateCapConstants } from "./net-rate-capped";
export { type TierConstants } from "./newly-crossed-tiers";
export { type PerItemRoomConstants } from "./per-item-cap-under-room";
export { type PhasedConstants } from "./phased-rate-capped";
export { type ProRatedConstants } from "./pro-rated-rate";
export { type RangeBandConstants } from "./range-band";
export { type RateCappedConstants } from "./rate-capped";
export { type RateCapByCodeConstants } from "./rate-capped-by-code";
export { type RateUnderRoomConstants } from "./rate-under-room";
export { type BaseShape, type RateOptionalCapConstants } from "./rate-with-optional-cap";
export {
  rdPostSubsidy,
  type RdPostSubsidyConstants,
  type RdPostSubsidyParam,
} from "./rd-post-subsidy";
export { meets, type ThresholdOp } from "./threshold";
export { type ThresholdRateRoomConstants } from "./threshold-rate-under-room";
export { type UpToCapConstants } from "./up-to-cap";
export { type CapsByCodeConstants } from "./up-to-cap-by-code";

// Each factory's shapes carry their call (spec.ts), which the native twins read.
export const atMostArgument = described(atMostArgument_);
export const barredByFlag = described(barredByFlag_);
export const cappedProductAtPrice = described(cappedProductAtPrice_);
export const atMostCostPaid = described(atMostCostPaid_);
export const financingCostUnderRoom = described(financingCostUnderRoom_);
export const fixedConstant = described(fixedConstant_);
export const fixedPerItem = described(fixedPerItem_);
export const gated = described(gated_);
export const netRateCapped = described(netRateCapped_);
export const newlyCrossedTiers = described(newlyCrossedTiers_);
export const perItemCapUnderRoom = described(perItemCapUnderRoom_);
export const phasedRateCapped = described(phasedRateCapped_);
export const proRatedRate = described(proRatedRate_);
export const rangeBand = described(rangeBand_);
export const rateCapped = described(rateCapped_);
export const rateCappedByCode = described(rateCappedByCode_);
export const rateUnderRaisedRoom = described(rateUnderRaisedRoom_);
export const rateUnderRoom = described(rateUnderRoom_);
export const rateWithOptionalCap = described(rateWithOptionalCap_);
export const thresholdRateUnderRoom = described(thresholdRateUnderRoom_);
export const totalOrIncrement = described(totalOrIncrement_);
export const upToCap = described(upToCap_);
export const upToCapByCode = described(upToCapByCode_);

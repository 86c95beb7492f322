/**
 * Every shape factory beside its Excel twin: `twinOf(shape)` builds the twin of a record's shape from the
 * call kept in `shape.spec`, with the same arguments (a composed shape's inner shapes become twins too,
 * through the same lookup). A factory without a twin here fails at generation, naming it — the parity test
 * runs nativeFormula for every clause function, so a missing twin cannot ship unnoticed.
 */
import type { ShapeRef } from "../../catalog/types";
import * as shapes from "../shapes";
import { atMostArgumentExcel } from "../shapes/at-most-argument.excel";
import { barredByFlagExcel } from "../shapes/barred-by-flag.excel";
import { atMostCostPaidExcel } from "../shapes/cap-at-cost-paid.excel";
import { financingCostUnderRoomExcel } from "../shapes/financing-cost-under-room.excel";
import { gatedExcel } from "../shapes/gated.excel";
import { newlyCrossedTiersExcel } from "../shapes/newly-crossed-tiers.excel";
import { rateCappedExcel } from "../shapes/rate-capped.excel";
import { rateUnderRaisedRoomExcel } from "../shapes/rate-under-raised-room.excel";
import { rateWithOptionalCapExcel } from "../shapes/rate-with-optional-cap.excel";
import { rdPostSubsidyExcel } from "../shapes/rd-post-subsidy.excel";
import { totalOrIncrementExcel } from "../shapes/total-or-increment.excel";
import { upToCapExcel } from "../shapes/up-to-cap.excel";
import { rateUnderRoomExcel } from "../shapes/rate-under-room.excel";
import { thresholdRateUnderRoomExcel } from "../shapes/threshold-rate-under-room.excel";
import { perItemCapUnderRoomExcel } from "../shapes/per-item-cap-under-room.excel";
import { rateCappedByCodeExcel } from "../shapes/rate-capped-by-code.excel";
import { upToCapByCodeExcel } from "../shapes/up-to-cap-by-code.excel";
import { fixedPerItemExcel } from "../shapes/fixed-per-item.excel";
import { fixedConstantExcel } from "../shapes/fixed-constant.excel";
import { rangeBandExcel } from "../shapes/range-band.excel";
import { netRateCappedExcel } from "../shapes/net-rate-capped.excel";
import { phasedRateCappedExcel } from "../shapes/phased-rate-capped.excel";
import { cappedProductAtPriceExcel } from "../shapes/capped-product-at-price.excel";
import { proRatedRateExcel } from "../shapes/pro-rated-rate.excel";
import type { ExcelShape } from "./twin";

type Factory = (...args: never[]) => unknown;
type Twin = (...args: never[]) => ExcelShape;

/** A factory and its twin, which takes the same arguments (checked here, at compile time). */
const pair = <F extends Factory>(
  factory: F,
  twin: (...args: Parameters<F>) => ExcelShape
): [Factory, Twin] => [factory, twin as Twin];

const TWINS = new Map<Factory, Twin>([
  pair(shapes.rateCapped, rateCappedExcel),
  pair(shapes.upToCap, upToCapExcel),
  pair(shapes.rateUnderRoom, rateUnderRoomExcel),
  pair(shapes.thresholdRateUnderRoom, thresholdRateUnderRoomExcel),
  pair(shapes.perItemCapUnderRoom, perItemCapUnderRoomExcel),
  pair(shapes.rateCappedByCode, rateCappedByCodeExcel),
  pair(shapes.upToCapByCode, upToCapByCodeExcel),
  pair(shapes.fixedPerItem, fixedPerItemExcel),
  pair(shapes.fixedConstant, fixedConstantExcel),
  pair(shapes.rangeBand, rangeBandExcel),
  pair(shapes.netRateCapped, netRateCappedExcel),
  pair(shapes.phasedRateCapped, phasedRateCappedExcel),
  pair(shapes.cappedProductAtPrice, cappedProductAtPriceExcel),
  pair(shapes.proRatedRate, proRatedRateExcel),
  pair(shapes.gated, gatedExcel),
  pair(shapes.barredByFlag, barredByFlagExcel),
  pair(shapes.atMostArgument, atMostArgumentExcel),
  pair(shapes.atMostCostPaid, atMostCostPaidExcel),
  pair(shapes.financingCostUnderRoom, financingCostUnderRoomExcel),
  pair(shapes.rateUnderRaisedRoom, rateUnderRaisedRoomExcel),
  pair(shapes.rateWithOptionalCap, rateWithOptionalCapExcel),
  pair(shapes.totalOrIncrement, totalOrIncrementExcel),
  pair(shapes.newlyCrossedTiers, newlyCrossedTiersExcel),
]);

/** Shapes written as constants rather than made by a factory (rdPostSubsidy), by identity. */
const CONSTANT_TWINS = new Map<unknown, ExcelShape>([[shapes.rdPostSubsidy, rdPostSubsidyExcel]]);

/** The Excel twin of a record's shape. */
export function twinOf(shape: ShapeRef, fnName: string): ExcelShape {
  const constant = CONSTANT_TWINS.get(shape);
  if (constant) return constant;
  const spec = shape.spec;
  const twin = spec && TWINS.get(spec.factory);
  if (!spec || !twin)
    throw new Error(`${fnName}: its shape has no Excel twin (src/engine/native/twins.ts)`);
  return (twin as (...args: unknown[]) => ExcelShape)(...spec.args);
}

/**
 * A rate the text bounds from above (「不超过/不高于 r」): default r, above r → #NUM!. `max` is the record's own
 * constant; the help text is in rate-at-most.text.ts (`rateAtMostHelp`), which only the prose imports.
 */
import type { ParamSpec, Text } from "../../catalog/types";
import { rate } from "./params";

export const rateAtMost = <N extends string>(name: N, label: Text, max: number): ParamSpec<N> =>
  rate(name, label, { default: max, max });

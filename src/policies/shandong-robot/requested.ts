/** The `requested` parameter of SD-ROBOT's "up to" awards (「最高X」 with no base to apply a rate to). */
import type { ParamSpec } from "../../catalog/types";
import { amount } from "../builders/params";

/** Optional: omitted, it is the cap (the most the clause can pay); its help is `requestedHelp` in prose.text.ts. */
export const requested = <N extends string>(name: N): ParamSpec<N> =>
  amount(
    name,
    { en: "Amount requested", zh: "申请金额" },
    { optional: true, role: { kind: "request" } }
  );

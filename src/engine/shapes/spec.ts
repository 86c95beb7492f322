/**
 * What a shape factory was called with, kept on the shape it returns, so the shape's Excel twin
 * (`<shape>.excel.ts`, src/native) can be built from the very options the clause record gave: one record,
 * two renderings, never a formula typed per function. The functions runtime only carries the reference
 * and the options; the twins are imported by the pane, the docs and the export alone.
 */
import type { Shape, ShapeSpec } from "../../catalog/types";

/** A factory whose shapes remember how they were made (`spec`: this factory and its arguments). */
export function described<F extends (...args: never[]) => Shape<never, never>>(factory: F): F {
  const wrapped = ((...args: Parameters<F>) => {
    const shape = factory(...args);
    const spec: ShapeSpec = { factory: wrapped, args };
    return Object.assign(shape, { spec });
  }) as unknown as F;
  return wrapped;
}

/**
 * Collapses a burst of calls into one, `ms` after the last: a selection dragged across cells, or a
 * recalculation that fires per sheet, explains once. `cancel` drops a pending call (the view unmounts).
 */
export function debounce(run: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return Object.assign(
    () => {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, ms);
    },
    { cancel }
  );
}

/** How long explain waits after the last selection or calculation event. */
export const EXPLAIN_DEBOUNCE_MS = 250;

/**
 * Code the first screen (search box and clause list) does not need lives in chunks of its own
 * (docs/performance.md, "First paint"). `lazyComponent` is React.lazy with a `preload()` that starts the
 * fetch ahead of need; once the chunk is in, the component renders at once, without a Suspense fallback.
 * `lazyValue` does the same for data (the documented catalog, a language's strings). `whenIdle` runs a task
 * once the browser is idle, which is after the first paint.
 */
import { type ComponentType, lazy } from "react";

/**
 * A value fetched with import() once: `load()` starts the fetch or joins the one under way, `current()` is
 * the value once it is in. A failed fetch (a dropped connection) is not remembered: the next `load()` tries again.
 */
export function lazyValue<T>(fetch: () => Promise<T>) {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: (): Promise<T> =>
      (loading ??= fetch().then(
        (v) => (value = v),
        (e: unknown) => {
          loading = undefined;
          throw e;
        }
      )),
    current: (): T | undefined => value,
  };
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  const chunk = lazyValue(load);
  // React.lazy's type adds ref handling the pane's components do not use; it takes the same props.
  const Lazy = lazy(() =>
    chunk.load().then((Component) => ({ default: Component }))
  ) as unknown as ComponentType<P>;
  function LazyComponent(props: P) {
    const Component = chunk.current() ?? Lazy;
    return <Component {...props} />;
  }
  return Object.assign(LazyComponent, { preload: chunk.load });
}

/** Runs `task` when the main thread is idle (requestIdleCallback; a timer where there is none, as in jsdom). */
export function whenIdle(task: () => unknown): () => void {
  const run = () => void Promise.resolve(task()).catch(() => undefined);
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(run);
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
}

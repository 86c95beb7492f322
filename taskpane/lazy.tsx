/**
 * Code the first screen (search box and clause list) does not need lives in chunks of its own
 * (docs/performance.md, "First paint"). `lazyComponent` is React.lazy with a `preload()` that starts the
 * fetch ahead of need; once the chunk is in, the component renders at once, without a Suspense fallback.
 * `whenIdle` runs a task once the browser is idle, which is after the first paint.
 */
import { type ComponentType, lazy } from "react";

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // A failed fetch (a dropped connection) is not remembered: the next render or preload tries again.
  const preload = () =>
    (loading ??= load().then(
      (Component) => (loaded = Component),
      (e: unknown) => {
        loading = undefined;
        throw e;
      }
    ));
  // React.lazy's type adds ref handling the pane's components do not use; it takes the same props.
  const Lazy = lazy(() =>
    preload().then((Component) => ({ default: Component }))
  ) as unknown as ComponentType<P>;
  function LazyComponent(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return Object.assign(LazyComponent, { preload });
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

import { type ComponentType, lazy, type ReactNode, Suspense, useEffect } from "react";

type Module<P> = { default: ComponentType<P> };

/** Runs `work` when the browser is idle (next macrotask where idle callbacks are missing). */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(work, { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 1);
  return () => window.clearTimeout(id);
}

/**
 * A control whose code is not part of the page's first load: `fallback` (the same trigger,
 * disabled) paints at once, the real control's chunk is fetched as soon as the browser is idle
 * (or earlier through `preload`, e.g. on hover), and then replaces the fallback.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode,
): ComponentType<P> & { preload: () => Promise<Module<P>> } {
  let loading: Promise<Module<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        loading = undefined; // a failed fetch may be retried by the next render
        throw error;
      },
    );
    return loading;
  };
  const Loaded = lazy(preload);
  function Deferred(props: P) {
    useEffect(() => whenIdle(() => void preload().catch(() => undefined)), []);
    return (
      <Suspense fallback={fallback(props)}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(Deferred, { preload });
}

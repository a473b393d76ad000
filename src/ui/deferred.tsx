import { type ComponentType, type ReactNode, startTransition, useEffect, useState } from "react";
import { firstContent } from "./first-content.ts";

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
 * disabled) paints at once; the real control's chunk is fetched once the page's main content is
 * shown (`first-content.ts`) and the browser is idle, or earlier through `preload` (e.g. on hover),
 * and the control replaces the fallback as soon as it has arrived. A failed fetch leaves the
 * fallback in place; the next `preload` tries again.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode,
): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | undefined;
  const listeners = new Set<() => void>();
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        for (const listener of listeners) listener();
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Deferred(props: P) {
    // Not React.lazy: that would fetch the chunk at the first render, which is what this avoids.
    // The functional form: `loaded` is itself a function (a component).
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded);
    const ready = Loaded !== null;
    useEffect(() => {
      if (ready) return;
      // In a transition: the control's first render is sliced by React, never one long task.
      const show = () => startTransition(() => setLoaded(() => loaded));
      listeners.add(show);
      if (loaded) show();
      let cancelIdle = () => {};
      const cancelWait = firstContent.after(() => {
        cancelIdle = whenIdle(() => void preload().catch(() => undefined));
      });
      return () => {
        listeners.delete(show);
        cancelWait();
        cancelIdle();
      };
    }, [ready]);
    return Loaded ? <Loaded {...props} /> : fallback(props);
  }
  return Object.assign(Deferred, { preload });
}

import {
  type ComponentType,
  type FocusEvent,
  type ReactNode,
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
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
 * What a stand-in spreads on its control: marked unavailable, yet focusable and named, so that a
 * keyboard user can reach it and hear what it is; pointing at it or focusing it loads the real one.
 */
export interface StandInProps {
  "aria-disabled": true;
  onPointerEnter: () => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/** Where a focused stand-in was, to put focus on the control that takes its place. */
interface FocusedStandIn {
  parent: HTMLElement;
  name: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

const nameOf = (element: Element) =>
  element.getAttribute("aria-label") ?? element.textContent?.replace(/\s+/g, " ").trim() ?? "";

/**
 * After the real control replaced a focused stand-in (focus fell to the page): focus on the control
 * of the same name in the same place, or else the first one there. Never moves focus the user has
 * put anywhere else.
 */
function carryFocus({ parent, name }: FocusedStandIn): void {
  const active = parent.ownerDocument.activeElement;
  if (active !== null && active !== parent.ownerDocument.body) return;
  const controls = [...parent.querySelectorAll<HTMLElement>(FOCUSABLE)];
  (controls.find((control) => nameOf(control) === name) ?? controls[0])?.focus();
}

/**
 * A control whose code is not part of the page's first load: `fallback` (the same trigger, as a
 * stand-in: it spreads `StandInProps`) paints at once; the real control's chunk is fetched once the
 * page's main content is shown (`first-content.ts`) and the browser is idle, or earlier through
 * `preload` (pointing at or focusing the stand-in, or e.g. hovering what leads to it), and the
 * control replaces the fallback as soon as it has arrived, keeping focus if the stand-in had it. A
 * failed fetch leaves the fallback in place; the next `preload` tries again.
 *
 * `onIntent` is what the real control itself loads when pointed at or focused (e.g. a panel's
 * code): the stand-in loads it too, since the real control comes in under a pointer that does not
 * move and gets no `pointerenter`.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P, standIn: StandInProps) => ReactNode,
  { onIntent }: { onIntent?: () => void } = {},
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
    const focused = useRef<FocusedStandIn | null>(null);
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
    // Before paint, in the commit that put the real control in: no frame goes without focus.
    useLayoutEffect(() => {
      if (!ready || !focused.current) return;
      carryFocus(focused.current);
      focused.current = null;
    }, [ready]);
    if (Loaded) return <Loaded {...props} />;
    const warm = () => {
      void preload().catch(() => undefined);
      onIntent?.();
    };
    return fallback(props, {
      "aria-disabled": true,
      onPointerEnter: warm,
      onFocus(event) {
        const parent = event.currentTarget.parentElement;
        if (parent) focused.current = { parent, name: nameOf(event.currentTarget) };
        warm();
      },
      onBlur(event) {
        // Focus the user moves elsewhere stays there; a stand-in taken out of the page (by the
        // real control) is not connected any more, and its focus is carried over.
        const standIn = event.currentTarget;
        queueMicrotask(() => {
          if (standIn.isConnected) focused.current = null;
        });
      },
    });
  }
  return Object.assign(Deferred, { preload });
}

import { lazy, Suspense, useSyncExternalStore } from "react";
import { getToasts, subscribeToasts } from "./toast-store.ts";

const Toaster = lazy(() => import("./toaster.tsx").then((m) => ({ default: m.Toaster })));
const hasToasts = () => getToasts().length > 0;

/** `<Toaster>` loaded with the first toast, so the entry chunk does not carry it. */
export function DeferredToaster() {
  const show = useSyncExternalStore(subscribeToasts, hasToasts, hasToasts);
  return show ? (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  ) : null;
}

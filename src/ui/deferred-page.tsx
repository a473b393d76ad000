import { type ReactNode, Suspense, useDeferredValue } from "react";

/**
 * A page that renders after its loading shape: `pending` first, then `children` as a deferred
 * render, which React does in slices of a few ms. If the page's code (a lazy component) is still on
 * the way, `pending` stays until it arrives, and the page shows as soon as it has rendered.
 *
 * Not `pending` as a Suspense fallback that the page replaces: React holds back the reveal of a
 * boundary's content until 300 ms after its fallback was shown (its retry throttle), which put off
 * the first row of /clients by as much.
 */
export function DeferredPage({
  pending,
  children,
  immediate = false,
}: {
  pending: ReactNode;
  children: ReactNode;
  immediate?: boolean;
}) {
  const showPage = useDeferredValue(true, immediate);
  return <Suspense fallback={pending}>{showPage ? children : pending}</Suspense>;
}

import { elementScroll, type Virtualizer } from "@tanstack/react-virtual";

/**
 * The virtualizer's scroll writes, less the one that moves nothing. When the scroller mounts, the
 * virtualizer writes its offset back to it — 0 on a fresh page — and `scrollTo` forces a layout of
 * the whole page while React is still committing the first render (the largest single cost of a
 * cold load's main thread in a profile). A write of 0 while the virtualizer knows the scroller is at
 * 0 is left out; every other write goes through.
 */
export function scrollWithoutNeedlessWrite(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLDivElement, Element>,
): void {
  if (offset + (options.adjustments ?? 0) === 0 && (instance.scrollOffset ?? 0) === 0) return;
  elementScroll(offset, options, instance);
}

import { type CSSProperties, type RefObject, useLayoutEffect, useState } from "react";

/** Marks the element lists are positioned in (the filter panel), outside its scrolling body. */
const FLOAT_HOST = "data-float-host";

/**
 * Places a suggestion list under `anchor`, positioned against the nearest `[data-float-host]`
 * ancestor, so the panel's scrolling body does not clip it. Follows scrolling and resizing.
 * Without a host (e.g. in unit tests) it returns undefined and the list's own classes apply.
 */
export function useFloatBelow(
  open: boolean,
  anchor: RefObject<HTMLElement | null>,
): CSSProperties | undefined {
  const [style, setStyle] = useState<CSSProperties | undefined>();
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const element = anchor.current;
      const host = element?.closest(`[${FLOAT_HOST}]`);
      if (!element || !host) return setStyle(undefined);
      const a = element.getBoundingClientRect();
      const h = host.getBoundingClientRect();
      setStyle({
        position: "absolute",
        top: a.bottom - h.top,
        left: a.left - h.left,
        minWidth: Math.min(a.width, 320),
      });
    };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [open, anchor]);
  return open ? style : undefined;
}

/**
 * How the app takes a prerendered page over (the shell, or the server's rows): React renders into a
 * hidden element beside it, and React's first commit swaps the two (`reveal`), in one step, so the
 * page is never without content. React never empties the prerendered markup itself: under
 * Lighthouse's trace, which records an invalidation for each layout object removed, that made the
 * commit 16–22 ms long, 11–16 ms without it. Hidden, the old markup's layout goes in the browser's
 * next style pass, all at once; the markup itself goes in a task after that frame, its ids at once
 * (the container's, `root`, moves to the app's). Focus the user put in the prerendered page moves
 * to the element in the same place of the app's markup (same position, same tag); focus put
 * anywhere else stays.
 */
export interface TakeOver {
  /** Where React renders: hidden, after the prerendered container, until `reveal`. */
  target: HTMLElement;
  /** Shows the app's markup in the prerendered one's place; once, later calls do nothing. */
  reveal: () => void;
}

/** Runs `work` in a task after the browser's next frame, whose style pass dropped the hidden layout. */
function afterNextFrame(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

export function takeOver(
  container: HTMLElement,
  later: (work: () => void) => void = afterNextFrame,
): TakeOver {
  const document = container.ownerDocument;
  const target = document.createElement("div");
  target.hidden = true;
  container.after(target);
  let revealed = false;
  return {
    target,
    reveal() {
      if (revealed) return;
      revealed = true;
      const focused = document.activeElement;
      const path =
        focused && focused !== container && container.contains(focused) ? pathTo(container, focused) : null;
      target.id = container.id;
      // No id twice in the document (the skip link's `#main`, labels' references) until it leaves.
      for (const element of [container, ...container.querySelectorAll("[id]")]) element.removeAttribute("id");
      container.hidden = true;
      target.hidden = false;
      if (focused && path) {
        const replacement = elementAt(target, path);
        if (replacement instanceof HTMLElement && replacement.tagName === focused.tagName)
          replacement.focus();
      }
      later(() => container.remove());
    },
  };
}

function pathTo(container: Element, element: Element): number[] {
  const path: number[] = [];
  for (let node: Element = element; node !== container && node.parentElement; node = node.parentElement) {
    path.unshift([...node.parentElement.children].indexOf(node));
  }
  return path;
}

function elementAt(container: Element, path: readonly number[]): Element | undefined {
  let node: Element | undefined = container;
  for (const index of path) node = node?.children[index];
  return node;
}

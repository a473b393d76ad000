/**
 * The prerendered shell is live before the app mounts, so a keyboard user may already have focused
 * something in it (the skip link, the main region, a navigation link). React's first commit
 * replaces that markup with its own, equal one, and the focused element goes with it. This puts
 * focus on the element in the same place of the new markup (same position, same tag), once, if
 * focus was lost that way; it never moves focus the user has put anywhere else.
 */
export function carryShellFocus(container: HTMLElement): void {
  const document = container.ownerDocument;
  let focused: Element | null = null;
  let path: number[] = [];
  const remember = (element: Element | null) => {
    if (!element || element === container || !container.contains(element)) return;
    focused = element;
    path = pathTo(container, element);
  };
  remember(document.activeElement);
  const onFocusIn = (event: FocusEvent) => remember(event.target instanceof Element ? event.target : null);
  container.addEventListener("focusin", onFocusIn);

  // React may take more than one commit to put its markup in place (the first can empty the root),
  // so this looks again after each change of the root's children until it is done.
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const observer = new MutationObserver(() => {
    container.removeEventListener("focusin", onFocusIn);
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!focused || !lost) return stop();
    if (focused.isConnected) return;
    const replacement = elementAt(container, path);
    if (!(replacement instanceof HTMLElement) || replacement.tagName !== focused.tagName) return;
    stop();
    replacement.focus();
  });
  observer.observe(container, { childList: true });
  const timer = setTimeout(stop, GIVE_UP_MS);
}

/** Past this, whatever the root holds is the app's own: nothing is carried over any more. */
const GIVE_UP_MS = 10_000;

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

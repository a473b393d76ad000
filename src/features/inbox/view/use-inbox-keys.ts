import { useEffect } from "react";

export interface InboxKeyActions {
  move: (by: 1 | -1) => void;
  reply: () => void;
  open: () => void;
  toggleUnread: () => void;
  help: () => void;
}

/** True when a key press belongs to a field being typed in (or a dialog), not to the inbox. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest("[role=dialog]")) return true;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
}

/** j/k move, r replies, o or Enter opens the client, u toggles unread, ? shows the shortcuts. */
export function useInboxKeys(actions: InboxKeyActions): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target))
        return;
      const onControl = event.target instanceof HTMLElement && event.target.closest("button, a") !== null;
      const run: Record<string, (() => void) | undefined> = {
        j: () => actions.move(1),
        k: () => actions.move(-1),
        r: actions.reply,
        o: actions.open,
        // Enter on a button or link keeps its own meaning.
        Enter: onControl ? undefined : actions.open,
        u: actions.toggleUnread,
        "?": actions.help,
      };
      const action = run[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [actions]);
}

import { type KeyboardEvent, useState } from "react";

export interface ListboxOptions<T> {
  /** The listbox element's id; the options' ids are made from it. */
  id: string;
  items: readonly T[];
  /** A stable key per item (React keys; a new set of keys starts again at the first option). */
  itemKey: (item: T) => string;
  /** Whether the list is shown. A closed list has no active option. */
  open: boolean;
  onPick: (item: T) => void;
  /** Up/Down on a closed list open it (a combobox); without it they are left to the control (a caret). */
  onOpen?: () => void;
  /** Escape on an open list; without it Escape is left alone (e.g. for the dialog around it). */
  onClose?: () => void;
  /** Tab picks the active option too (text editors, where Tab would otherwise leave the field). */
  pickWithTab?: boolean;
}

export interface ListboxState<T> {
  id: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  /** The index of the active option, -1 when the list is closed or empty. */
  active: number;
  /** The id of the active option, for the control's `aria-activedescendant`. */
  activeId: string | undefined;
  optionId: (index: number) => string;
  setActive: (index: number) => void;
  pick: (item: T) => void;
  /** For the control that keeps focus: Up/Down/Home/End move, Enter (Tab) picks, Escape closes. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

const CLOSED = "\u0001closed";

/**
 * The keyboard and the active option of a listbox whose control keeps focus (WAI-ARIA
 * `aria-activedescendant`): the four suggestion lists of the app share it through `<Listbox>`.
 */
export function useListbox<T>(options: ListboxOptions<T>): ListboxState<T> {
  const { id, items, itemKey, open, onPick, onOpen, onClose, pickWithTab = false } = options;
  const [activeIndex, setActiveIndex] = useState(0);
  // A list that opens or gets other options starts at its first (adjusted while rendering).
  const resetKey = open ? items.map(itemKey).join("\u0000") : CLOSED;
  const [seenKey, setSeenKey] = useState(resetKey);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setActiveIndex(0);
  }
  const count = items.length;
  const active = open && count > 0 ? Math.min(activeIndex, count - 1) : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const { key } = event;
    if (!open) {
      if ((key === "ArrowDown" || key === "ArrowUp") && onOpen) {
        event.preventDefault();
        onOpen();
      }
      return;
    }
    if (key === "ArrowDown" || key === "ArrowUp") {
      event.preventDefault();
      if (count > 0) setActiveIndex((active + (key === "ArrowDown" ? 1 : -1) + count) % count);
    } else if ((key === "Home" || key === "End") && count > 0) {
      event.preventDefault();
      setActiveIndex(key === "Home" ? 0 : count - 1);
    } else if (key === "Enter" || (key === "Tab" && pickWithTab)) {
      const item = items[active];
      if (item === undefined) return;
      event.preventDefault();
      onPick(item);
    } else if (key === "Escape" && onClose) {
      event.preventDefault();
      onClose();
    }
  };

  return {
    id,
    items,
    itemKey,
    active,
    activeId: active < 0 ? undefined : optionId(active),
    optionId,
    setActive: setActiveIndex,
    pick: onPick,
    onKeyDown,
  };
}

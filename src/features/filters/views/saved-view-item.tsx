import * as Menu from "@radix-ui/react-dropdown-menu";
import { ChevronDownIcon } from "../icons.tsx";
import type { AppliedState } from "./applied-view.tsx";
import { menuContent, menuItem } from "./menu-styles.ts";
import type { SavedView } from "./saved-views.ts";

export interface SavedViewItemProps {
  view: SavedView;
  href: string;
  onApply: () => void;
  onCopy: () => void;
  onRename: () => void;
  onDelete: () => void;
  /** Set when this is the view in use (possibly changed since). */
  applied?: AppliedState;
}

/** One saved view in the menu: a submenu to apply it, open or copy its link, rename or delete it. */
export function SavedViewItem({
  view,
  href,
  onApply,
  onCopy,
  onRename,
  onDelete,
  applied,
}: SavedViewItemProps) {
  return (
    <Menu.Sub>
      <Menu.SubTrigger className={menuItem}>
        <span className="flex-1 truncate">{view.name}</span>
        {applied && (
          <span className="text-xs text-slate-500 dark:text-slate-400">
            {applied === "applied" ? "in use" : "in use, modified"}
          </span>
        )}
        <span className="-rotate-90">
          <ChevronDownIcon />
        </span>
      </Menu.SubTrigger>
      <Menu.Portal>
        <Menu.SubContent sideOffset={4} className={menuContent} aria-label={`View “${view.name}”`}>
          <Menu.Item className={menuItem} onSelect={onApply}>
            Apply
          </Menu.Item>
          <Menu.Item className={menuItem} asChild>
            <a href={href} target="_blank" rel="noreferrer">
              Open in a new tab
            </a>
          </Menu.Item>
          <Menu.Item className={menuItem} onSelect={onCopy}>
            Copy link
          </Menu.Item>
          <Menu.Item className={menuItem} onSelect={onRename}>
            Rename…
          </Menu.Item>
          <Menu.Item className={`${menuItem} text-red-700 dark:text-red-400`} onSelect={onDelete}>
            Delete
          </Menu.Item>
        </Menu.SubContent>
      </Menu.Portal>
    </Menu.Sub>
  );
}

import * as Menu from "@radix-ui/react-dropdown-menu";
import { useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import type { Catalogue } from "../../../filter/index.ts";
import { buttonClasses } from "../../../ui/button-classes.ts";
import { toast } from "../../../ui/toast-store.ts";
import { BookmarkIcon, ChevronDownIcon } from "../icons.tsx";
import type { SavedViewsPage, ViewSnapshot } from "../types.ts";
import { AppliedViewNote, appliedView } from "./applied-view.tsx";
import { menuContent, menuItem, menuLabel, menuSeparator } from "./menu-styles.ts";
import { NameDialog } from "./name-dialog.tsx";
import { SavedViewItem } from "./saved-view-item.tsx";
import { importSummary, importViews, type SavedView, serialiseViews } from "./saved-views.ts";
import { useSavedViews } from "./use-saved-views.ts";

type Naming = { kind: "save" } | { kind: "rename"; view: SavedView };

/** "Views": save the current view, apply / rename / delete / copy the link of a saved one, export, import. */
export interface SavedViewsMenuProps {
  /** The page's views: where they are kept and how to open one. */
  page: SavedViewsPage;
  current: ViewSnapshot;
  catalogue: Catalogue;
}

export function SavedViewsMenu({ page, current, catalogue }: SavedViewsMenuProps) {
  const saved = useSavedViews(page.storageKey);
  const navigate = useNavigate();
  const fileInput = useRef<HTMLInputElement>(null);
  const [naming, setNaming] = useState<Naming | null>(null);

  const hrefOf = page.hrefOf;
  const [lastApplied, setLastApplied] = useState<string | null>(null);
  const applied = appliedView(saved.views, current, lastApplied);
  const apply = (view: SavedView) => {
    setLastApplied(view.id);
    void navigate({ href: hrefOf(view) });
  };
  const copyLink = async (view: SavedView) => {
    const url = new URL(hrefOf(view), window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      toast.success(`Link to “${view.name}” copied.`);
    } catch {
      toast.info(`Copy this link: ${url}`, { duration: 15_000 });
    }
  };
  const exportAll = () => {
    const blob = new Blob([serialiseViews(saved.views)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "kanbert-saved-views.json";
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const importFile = async (file: File) => {
    const result = importViews(await file.text(), saved.views, catalogue, saved.newId);
    saved.replaceAll(result.views);
    const message = importSummary(result);
    if (result.skipped.length === 0) toast.success(message);
    else if (result.imported > 0) toast.info(message, { duration: 15_000 });
    else toast.error(message);
  };

  return (
    <>
      <Menu.Root>
        <Menu.Trigger className={buttonClasses("secondary", "sm")}>
          <BookmarkIcon />
          Views
          <ChevronDownIcon />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content align="start" sideOffset={6} className={menuContent}>
            <Menu.Item className={menuItem} onSelect={() => setNaming({ kind: "save" })}>
              Save current view…
            </Menu.Item>
            <Menu.Separator className={menuSeparator} />
            <Menu.Label className={menuLabel}>Saved views</Menu.Label>
            {saved.views.length === 0 && (
              <p className="px-2 py-1.5 text-slate-500 dark:text-slate-400">None yet.</p>
            )}
            {saved.views.map((view) => (
              <SavedViewItem
                key={view.id}
                view={view}
                href={hrefOf(view)}
                onApply={() => apply(view)}
                onCopy={() => void copyLink(view)}
                onRename={() => setNaming({ kind: "rename", view })}
                applied={applied?.view.id === view.id ? applied.state : undefined}
                onDelete={() => {
                  const index = saved.views.indexOf(view);
                  saved.remove(view.id);
                  const toastId = toast.success(`Deleted the view “${view.name}”.`, {
                    duration: 10_000,
                    action: {
                      label: "Undo",
                      altText: `Undo: bring back the view “${view.name}”`,
                      onClick: () => {
                        saved.restore(view, index);
                        toast.dismiss(toastId);
                      },
                    },
                  });
                }}
              />
            ))}
            <Menu.Separator className={menuSeparator} />
            <Menu.Item className={menuItem} disabled={saved.views.length === 0} onSelect={exportAll}>
              Export views (JSON)
            </Menu.Item>
            <Menu.Item className={menuItem} onSelect={() => fileInput.current?.click()}>
              Import views…
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <AppliedViewNote applied={applied} />
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        aria-label="Import saved views from a JSON file"
        className="sr-only"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void importFile(file);
        }}
      />
      {naming && (
        <NameDialog
          open
          onOpenChange={(open) => {
            if (!open) setNaming(null);
          }}
          title={naming.kind === "save" ? "Save current view" : "Rename view"}
          initial={naming.kind === "save" ? "" : naming.view.name}
          existing={saved.views.map((view) => view.name)}
          onSubmit={(name) => {
            if (naming.kind === "rename") saved.rename(naming.view.id, name);
            else setLastApplied(saved.save({ name, ...current }).id);
            toast.success(naming.kind === "save" ? `Saved the view “${name}”.` : `Renamed to “${name}”.`);
          }}
        />
      )}
    </>
  );
}

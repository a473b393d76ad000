import { useCallback, useEffect, useState } from "react";
import { newId } from "../../../lib/new-id.ts";
import { browserStorage } from "../../../lib/storage.ts";
import { readSavedViews, type SavedView, writeSavedViews } from "./saved-views.ts";

/** One page's saved views in localStorage (under `key`), kept in step with other tabs. */
export function useSavedViews(key: string) {
  const [views, setViews] = useState<SavedView[]>(() => readSavedViews(browserStorage("local"), key));
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setViews(readSavedViews(browserStorage("local"), key));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [key]);
  const commit = useCallback(
    (next: SavedView[]) => {
      writeSavedViews(browserStorage("local"), key, next);
      setViews(next);
    },
    [key],
  );
  return {
    views,
    newId,
    replaceAll: commit,
    /** Saves under `name`, replacing a view of the same name. */
    save: (view: Omit<SavedView, "id">) => {
      const existing = views.find((v) => v.name === view.name);
      const saved = { ...view, id: existing?.id ?? newId() };
      commit(existing ? views.map((v) => (v.id === existing.id ? saved : v)) : [...views, saved]);
      return saved;
    },
    rename: (id: string, name: string) =>
      commit(
        views.filter((v) => v.id === id || v.name !== name).map((v) => (v.id === id ? { ...v, name } : v)),
      ),
    remove: (id: string) => commit(views.filter((v) => v.id !== id)),
    /** Puts back a deleted view where it was (unless a view of that name exists again). */
    restore: (view: SavedView, index: number) => {
      const current = readSavedViews(browserStorage("local"), key);
      if (current.some((v) => v.name === view.name || v.id === view.id)) return;
      commit([...current.slice(0, index), view, ...current.slice(index)]);
    },
  };
}

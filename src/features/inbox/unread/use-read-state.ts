import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { CommentData } from "../../../kanbert/schemas.ts";
import { browserStorage } from "../../../lib/storage.ts";
import { useConnection } from "../../settings/index.ts";
import { useWhoami } from "../../users/index.ts";
import {
  EMPTY_READ_STATE,
  isUnread,
  markAllRead,
  markRead,
  type ReadState,
  readReadState,
  readStateKey,
  type ThreadActivity,
  toggleRead,
  writeReadState,
} from "./unread-store.ts";

/** A thread's last activity: the latest `updated_at` of the comment and its replies. */
function threadActivity(thread: CommentData): ThreadActivity {
  const times = [thread, ...thread.sub_comments].map((c) => c.updated_at ?? c.created_at ?? "");
  const activityAt = times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), times[0] ?? "");
  return { id: thread.id, activityAt };
}

/** One in-memory copy per storage key, so the page and the navigation's count agree at once. */
const cache = new Map<string, ReadState>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
function current(key: string | null): ReadState {
  if (key === null) return EMPTY_READ_STATE;
  let state = cache.get(key);
  if (state === undefined) {
    state = readReadState(browserStorage("local"), key);
    cache.set(key, state);
  }
  return state;
}

/**
 * The reviewer's read marks (per user and base URL, in localStorage), and the ways to change them.
 * The changing functions keep their identity while the marks change (only `isUnread` follows the
 * marks), so rows that take them do not all re-render when one thread is marked.
 */
export function useReadState() {
  const { state: connection } = useConnection();
  const userId = useWhoami().data?.id ?? null;
  const baseUrl = connection.status === "connected" ? connection.settings.baseUrl : connection.baseUrl;
  const key = userId === null ? null : readStateKey(baseUrl, userId);
  const state = useSyncExternalStore(subscribe, () => current(key));
  const update = useCallback(
    (change: (state: ReadState) => ReadState) => {
      if (key === null) return;
      const next = change(current(key));
      cache.set(key, next);
      writeReadState(browserStorage("local"), key, next);
      for (const listener of listeners) listener();
    },
    [key],
  );
  const changes = useMemo(
    () => ({
      toggle: (thread: CommentData) => update((s) => toggleRead(s, threadActivity(thread))),
      markRead: (thread: CommentData) => update((s) => markRead(s, threadActivity(thread))),
      markAllRead: () => update(() => markAllRead(new Date())),
    }),
    [update],
  );
  return useMemo(
    () => ({
      ready: key !== null,
      isUnread: (thread: CommentData) => isUnread(state, threadActivity(thread)),
      ...changes,
    }),
    [key, state, changes],
  );
}
export type ReadStateApi = ReturnType<typeof useReadState>;

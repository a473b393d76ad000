import { useCallback, useEffect, useState } from "react";
import type { CommentData } from "../../../kanbert/schemas.ts";
import { browserStorage } from "../../../lib/storage.ts";
import { useConnection, useWhoami } from "../../settings/index.ts";
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
export function threadActivity(thread: CommentData): ThreadActivity {
  const times = [thread, ...thread.sub_comments].map((c) => c.updated_at ?? c.created_at ?? "");
  const activityAt = times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), times[0] ?? "");
  return { id: thread.id, activityAt };
}

/** The reviewer's read marks (per user and base URL, in localStorage), and the ways to change them. */
export function useReadState() {
  const { state: connection } = useConnection();
  const userId = useWhoami().data?.id ?? null;
  const baseUrl = connection.status === "connected" ? connection.settings.baseUrl : connection.baseUrl;
  const key = userId === null ? null : readStateKey(baseUrl, userId);
  const [state, setState] = useState<ReadState>(EMPTY_READ_STATE);
  useEffect(() => {
    setState(key === null ? EMPTY_READ_STATE : readReadState(browserStorage("local"), key));
  }, [key]);
  const update = useCallback(
    (change: (current: ReadState) => ReadState) => {
      if (key === null) return;
      setState((current) => {
        const next = change(current);
        writeReadState(browserStorage("local"), key, next);
        return next;
      });
    },
    [key],
  );
  return {
    ready: key !== null,
    isUnread: (thread: CommentData) => isUnread(state, threadActivity(thread)),
    toggle: (thread: CommentData) => update((s) => toggleRead(s, threadActivity(thread))),
    markRead: (thread: CommentData) => update((s) => markRead(s, threadActivity(thread))),
    markAllRead: () => update(() => markAllRead(new Date())),
  };
}
export type ReadStateApi = ReturnType<typeof useReadState>;

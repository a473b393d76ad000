import { z } from "zod";
import { type KeyValueStorage, readItem, writeItem } from "../../../lib/storage.ts";

/**
 * Which inbox threads the reviewer has seen. The API keeps no read state, so it lives in the
 * browser, one entry per user and base URL, checked with zod on every read (a hand-edited or older
 * entry reads as "nothing seen", never a crash) and capped so it cannot grow without bound.
 *
 * A thread is unread when its last activity is later than what was seen of it: the "Mark all as
 * read" watermark or its own mark. "Mark unread" pins a thread unread until it is marked read.
 */

/** At most this many per-thread marks are kept (the most recently seen activity wins). */
const MAX_MARKS = 1000;
/** At most this many threads pinned unread. */
const MAX_PINNED = 200;

const Iso = z.string().datetime({ offset: true });

export const ReadState = z.object({
  version: z.literal(1),
  /** "Mark all as read": activity up to this instant is seen. */
  allReadAt: Iso.nullable(),
  /** Thread id → the last activity seen of it. */
  seen: z.record(z.string(), Iso),
  /** Threads marked unread by hand. */
  pinned: z.array(z.string()),
});
export type ReadState = z.infer<typeof ReadState>;

export const EMPTY_READ_STATE: ReadState = { version: 1, allReadAt: null, seen: {}, pinned: [] };

export const readStateKey = (baseUrl: string, userId: string) => `kanbert.inboxRead.v1:${userId}@${baseUrl}`;

export function readReadState(storage: KeyValueStorage | null, key: string): ReadState {
  const raw = readItem(storage, key);
  if (raw === null) return EMPTY_READ_STATE;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return EMPTY_READ_STATE;
  }
  const parsed = ReadState.safeParse(json);
  return parsed.success ? capped(parsed.data) : EMPTY_READ_STATE;
}

export function writeReadState(storage: KeyValueStorage | null, key: string, state: ReadState): void {
  writeItem(storage, key, JSON.stringify(capped(state)));
}

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** A thread whose last activity is `activityAt`. */
export interface ThreadActivity {
  id: string;
  activityAt: string;
}

export function isUnread(state: ReadState, thread: ThreadActivity): boolean {
  if (state.pinned.includes(thread.id)) return true;
  const seen = state.seen[thread.id];
  if (seen !== undefined && !later(thread.activityAt, seen)) return false;
  return state.allReadAt === null || later(thread.activityAt, state.allReadAt);
}

export function markRead(state: ReadState, thread: ThreadActivity): ReadState {
  return capped({
    ...state,
    seen: { ...state.seen, [thread.id]: thread.activityAt },
    pinned: state.pinned.filter((id) => id !== thread.id),
  });
}

export function markUnread(state: ReadState, thread: ThreadActivity): ReadState {
  const { [thread.id]: _dropped, ...seen } = state.seen;
  return capped({ ...state, seen, pinned: [thread.id, ...state.pinned.filter((id) => id !== thread.id)] });
}

export const toggleRead = (state: ReadState, thread: ThreadActivity): ReadState =>
  isUnread(state, thread) ? markRead(state, thread) : markUnread(state, thread);

/** Everything up to `now` is seen; per-thread marks and pins are no longer needed. */
export const markAllRead = (now: Date): ReadState => ({ ...EMPTY_READ_STATE, allReadAt: now.toISOString() });

/** Drops the oldest marks beyond MAX_MARKS, marks the watermark covers, and pins beyond MAX_PINNED. */
function capped(state: ReadState): ReadState {
  const { allReadAt } = state;
  let marks = Object.entries(state.seen).filter(([, at]) => allReadAt === null || later(at, allReadAt));
  if (marks.length > MAX_MARKS) {
    marks = marks
      .map(([id, at]): [string, string, number] => [id, at, Date.parse(at)])
      .sort((a, b) => b[2] - a[2])
      .slice(0, MAX_MARKS)
      .map(([id, at]) => [id, at]);
  }
  return { ...state, seen: Object.fromEntries(marks), pinned: state.pinned.slice(0, MAX_PINNED) };
}

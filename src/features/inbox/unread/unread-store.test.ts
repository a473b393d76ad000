import { describe, expect, it } from "vitest";
import type { KeyValueStorage } from "../../../lib/storage.ts";
import {
  EMPTY_READ_STATE,
  isUnread,
  markAllRead,
  markRead,
  markUnread,
  readReadState,
  readStateKey,
  toggleRead,
  writeReadState,
} from "./unread-store.ts";

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

const t1 = { id: "c1", activityAt: "2026-11-10T10:00:00Z" };

describe("unread store", () => {
  it("starts with every thread unread; a mark makes one read until newer activity", () => {
    expect(isUnread(EMPTY_READ_STATE, t1)).toBe(true);
    const read = markRead(EMPTY_READ_STATE, t1);
    expect(isUnread(read, t1)).toBe(false);
    expect(isUnread(read, { id: "c2", activityAt: "2026-11-01T00:00:00Z" })).toBe(true);
    expect(isUnread(read, { id: "c1", activityAt: "2026-11-10T10:00:01Z" })).toBe(true);
  });

  it("mark all as read covers activity up to then, not a later reply", () => {
    const state = markAllRead(new Date("2026-11-11T00:00:00Z"));
    expect(isUnread(state, t1)).toBe(false);
    expect(isUnread(state, { id: "c1", activityAt: "2026-11-11T00:00:01Z" })).toBe(true);
  });

  it("mark unread pins a seen thread unread; toggling flips it back", () => {
    const state = markAllRead(new Date("2026-11-11T00:00:00Z"));
    const pinned = markUnread(state, t1);
    expect(isUnread(pinned, t1)).toBe(true);
    const back = toggleRead(pinned, t1);
    expect(isUnread(back, t1)).toBe(false);
    expect(isUnread(toggleRead(back, t1), t1)).toBe(true);
  });

  it("is kept per user and base URL and survives a write and read", () => {
    const storage = memory();
    const key = readStateKey("http://a.test/api/v1", "u1");
    expect(key).not.toBe(readStateKey("http://b.test/api/v1", "u1"));
    expect(key).not.toBe(readStateKey("http://a.test/api/v1", "u2"));
    writeReadState(storage, key, markRead(EMPTY_READ_STATE, t1));
    expect(isUnread(readReadState(storage, key), t1)).toBe(false);
    expect(readReadState(storage, readStateKey("http://a.test/api/v1", "u2"))).toEqual(EMPTY_READ_STATE);
  });

  it("reads a corrupt, hand-edited or foreign entry as nothing seen, never throwing", () => {
    for (const raw of [
      "{",
      "null",
      "[]",
      '{"version":2}',
      '{"version":1,"allReadAt":"yesterday","seen":{},"pinned":[]}',
    ]) {
      expect(readReadState(memory({ k: raw }), "k")).toEqual(EMPTY_READ_STATE);
    }
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("full");
      },
      removeItem: () => undefined,
    };
    expect(readReadState(throwing, "k")).toEqual(EMPTY_READ_STATE);
    expect(() => writeReadState(throwing, "k", EMPTY_READ_STATE)).not.toThrow();
  });

  it("is capped: at most 1000 marks (newest kept) and 200 pinned threads", () => {
    const seen: Record<string, string> = {};
    for (let i = 0; i < 1500; i += 1) seen[`t${i}`] = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    let state = markRead({ ...EMPTY_READ_STATE, seen }, { id: "t1499", activityAt: seen.t1499 ?? "" });
    expect(Object.keys(state.seen)).toHaveLength(1000);
    expect(state.seen.t1499).toBeDefined();
    expect(state.seen.t0).toBeUndefined();
    for (let i = 0; i < 300; i += 1) state = markUnread(state, { id: `p${i}`, activityAt: t1.activityAt });
    expect(state.pinned).toHaveLength(200);
    const storage = memory();
    writeReadState(storage, "k", state);
    expect(storage.data.k?.length ?? 0).toBeLessThan(80_000);
  });
});

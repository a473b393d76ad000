import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createBroadcast } from "./broadcast.ts";

const schema = z.object({ id: z.string() });
const nextMessage = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("createBroadcast", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("another tab's broadcast hears what is posted, parsed by the schema", async () => {
    const sender = createBroadcast("test-channel-a", schema);
    const receiver = createBroadcast("test-channel-a", schema);
    const heard: unknown[] = [];
    const stop = receiver.subscribe((message) => heard.push(message));
    sender.post({ id: "c-1" });
    await nextMessage();
    stop();
    expect(heard).toEqual([{ id: "c-1" }]);
  });

  it("a message the schema refuses is ignored", async () => {
    const sender = createBroadcast("test-channel-b", z.unknown());
    const receiver = createBroadcast("test-channel-b", schema);
    const heard: unknown[] = [];
    const stop = receiver.subscribe((message) => heard.push(message));
    sender.post({ id: 7 });
    sender.post({ id: "ok" });
    await nextMessage();
    stop();
    expect(heard).toEqual([{ id: "ok" }]);
  });

  it("after unsubscribing nothing more is heard", async () => {
    const sender = createBroadcast("test-channel-c", schema);
    const receiver = createBroadcast("test-channel-c", schema);
    const heard: unknown[] = [];
    const stop = receiver.subscribe((message) => heard.push(message));
    stop();
    sender.post({ id: "late" });
    await nextMessage();
    expect(heard).toEqual([]);
  });

  it("where BroadcastChannel is missing, posting does nothing and subscribing gives a no-op", () => {
    vi.stubGlobal("BroadcastChannel", undefined);
    const broadcast = createBroadcast("test-channel-d", schema);
    expect(() => broadcast.post({ id: "x" })).not.toThrow();
    const stop = broadcast.subscribe(() => {});
    expect(stop()).toBeUndefined();
  });
});

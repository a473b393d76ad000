import { afterEach, describe, expect, it, vi } from "vitest";
import { parseMirrorConfig, startMirror } from "../index.ts";

/**
 * MIRROR_RESUBSCRIBE_MIN: the server runs `subscribe` once it listens and then every N minutes;
 * unset, never. Kanbert is a stub that refuses the token, so each run is one "subscribe failed"
 * line of the log (and a request to Kanbert).
 */

function config(env: Record<string, string>) {
  const parsed = parseMirrorConfig({
    COMMENTS_MIRROR: "1",
    COMMENTS_DATA: "memory",
    KANBERT_BASE_URL: "http://kanbert.test/api/v1",
    KANBERT_TOKEN: "integration-token",
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.config;
}

/** Lets pending promise chains finish on real time (only the intervals are faked). */
async function settle(until: () => boolean) {
  for (let i = 0; i < 200 && !until(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** How many subscribe runs the server makes in `minutes` after it starts listening. */
async function runsIn(env: Record<string, string>, minutes: number, expected: number) {
  const requests: string[] = [];
  vi.stubGlobal("fetch", async (input: string | URL | Request) => {
    requests.push(input instanceof Request ? input.url : String(input));
    return new Response(JSON.stringify({ message: "Unauthenticated." }), {
      status: 401,
      headers: { "Content-Type": "application/json" },
    });
  });
  const lines: string[] = [];
  const mirror = await startMirror(config(env), (line) => lines.push(line));
  const runs = () => lines.filter((line) => line.startsWith("mirror: subscribe")).length;
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  try {
    mirror.afterListen();
    for (let minute = 0; minute < minutes; minute++) {
      await settle(() => runs() >= Math.min(expected, 1 + Math.floor(minute / 2)));
      await vi.advanceTimersByTimeAsync(60_000);
    }
    await settle(() => runs() >= expected);
    await new Promise((resolve) => setTimeout(resolve, 50)); // nothing more arrives late
    return { runs: runs(), lines, requests };
  } finally {
    vi.useRealTimers();
    await mirror.close();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("MIRROR_RESUBSCRIBE_MIN", () => {
  it("runs subscribe on start and every N minutes", async () => {
    const { runs, lines, requests } = await runsIn({ MIRROR_RESUBSCRIBE_MIN: "2" }, 5, 3);
    expect(runs).toBe(3); // at 0, 2 and 4 minutes
    expect(lines[0]).toMatch(/^mirror: subscribe failed: /);
    expect(requests.every((url) => url.startsWith("http://kanbert.test/api/v1/"))).toBe(true);
  }, 120_000);

  it("unset, the server never subscribes by itself", async () => {
    const { runs, requests } = await runsIn({}, 5, 0);
    expect(runs).toBe(0);
    expect(requests).toEqual([]);
  }, 120_000);
});

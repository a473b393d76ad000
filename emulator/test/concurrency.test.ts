import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { concurrency } from "../http/concurrency.ts";
import type { Env } from "../http/env.ts";

describe("concurrency limit", () => {
  it("works on at most `limit` requests at once and starts the waiting ones first come first served", async () => {
    const app = new Hono<Env>();
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    let inside = 0;
    let most = 0;
    app.use("*", concurrency(2));
    app.get("/:name", async (c) => {
      const name = c.req.param("name");
      started.push(name);
      inside++;
      most = Math.max(most, inside);
      await new Promise<void>((resolve) => finish.set(name, resolve));
      inside--;
      return c.text(name);
    });
    const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

    const answers = ["a", "b", "c", "d", "e"].map((name) => app.request(`/${name}`));
    await tick();
    expect(started).toEqual(["a", "b"]);
    finish.get("b")?.();
    await tick();
    expect(started).toEqual(["a", "b", "c"]);
    finish.get("a")?.();
    await tick();
    expect(started).toEqual(["a", "b", "c", "d"]);
    finish.get("c")?.();
    finish.get("d")?.();
    await tick();
    finish.get("e")?.();
    const texts = await Promise.all(answers.map(async (answer) => (await answer).text()));
    expect(texts).toEqual(["a", "b", "c", "d", "e"]);
    expect(most).toBe(2);
  });

  it("frees the slot when a request fails", async () => {
    const app = new Hono<Env>();
    app.use("*", concurrency(1));
    app.get("/fail", () => {
      throw new Error("boom");
    });
    app.get("/ok", (c) => c.text("ok"));
    app.onError((_error, c) => c.text("failed", 500));
    expect((await app.request("/fail")).status).toBe(500);
    expect(await (await app.request("/ok")).text()).toBe("ok");
  });
});

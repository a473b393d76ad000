import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessageBody, UserData, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { UserPage } from "../../src/kanbert/users.ts";
import { createApp } from "../app.ts";
import { INTEGRATION_USER_ID } from "../config.ts";
import { api, type Emulator, startEmulator, TOKEN } from "./harness.ts";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ clients: 60 });
});
afterAll(async () => {
  await emu.db.close();
});

describe("health, CORS, errors", () => {
  it("answers /health without a token", async () => {
    const res = await emu.get("/health", null);
    expect(res).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  const preflight = (app: Emulator["app"], origin: string) =>
    app.request(api("/clients/x"), {
      method: "OPTIONS",
      headers: {
        Origin: origin,
        "Access-Control-Request-Method": "DELETE",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
  const crossOriginGet = (app: Emulator["app"], origin: string) =>
    app.request(api("/whoami"), { headers: { Authorization: "Bearer test-token", Origin: origin } });

  it("allows no cross-origin caller by default (no CORS headers on preflight or answer)", async () => {
    const pre = await preflight(emu.app, "http://localhost:5173");
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    expect(pre.headers.get("access-control-allow-methods")).toBeNull();
    const res = await crossOriginGet(emu.app, "http://evil.localhost:3000");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows exactly the configured origins", async () => {
    const app = createApp({ db: emu.db, corsOrigins: ["https://a.example", "http://localhost:5173"] });
    const pre = await preflight(app, "https://a.example");
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers.get("access-control-allow-origin")).toBe("https://a.example");
    expect(pre.headers.get("access-control-allow-methods")).toContain("DELETE");
    expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    const res = await crossOriginGet(app, "http://localhost:5173");
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(
      (await preflight(app, "https://evil.example")).headers.get("access-control-allow-origin"),
    ).toBeNull();
    expect(
      (await crossOriginGet(app, "https://a.example.evil")).headers.get("access-control-allow-origin"),
    ).toBeNull();
  });

  it("404s unknown routes with the API's body", async () => {
    const res = await emu.get(api("/nope"));
    expect(res.status).toBe(404);
    expect(MessageBody.parse(res.body)).toEqual({ message: "Not Found" });
    expect((await emu.get("/elsewhere")).status).toBe(404);
  });

  it("401s without a token, with a wrong token and with a malformed header", async () => {
    for (const token of [null, "wrong", ""]) {
      const res = await emu.get(api("/whoami"), token);
      expect(res.status).toBe(401);
      expect(MessageBody.parse(res.body)).toEqual({ message: "Unauthenticated." });
    }
    const basic = await emu.call("GET", api("/clients"), {
      token: null,
      headers: { Authorization: "Basic abc" },
    });
    expect(basic.status).toBe(401);
  });

  it("accepts tokens passed to createApp", async () => {
    const res = await emu.get(api("/whoami"), "extra-token");
    expect(res.status).toBe(200);
  });
});

describe("GET /whoami", () => {
  it("returns the integration user", async () => {
    const res = await emu.get(api("/whoami"));
    expect(res.status).toBe(200);
    const me = UserData.parse(res.body);
    expect(me).toMatchObject({
      id: INTEGRATION_USER_ID,
      first_name: "Console",
      last_name: "Integration",
      email: "console@integration.kanbert.test",
      type: "integration",
      space: { name: "Northwind Agency" },
    });
  });
});

describe("GET /users", () => {
  it("pages through every user once, sorted", async () => {
    const seen: string[] = [];
    const names: string[] = [];
    let url: string | null = api("/users", { sort: "last_name,first_name", "page[size]": 9 });
    while (url) {
      const res = await emu.get(url);
      expect(res.status).toBe(200);
      const page = UserPage.parse(res.body);
      expect(page.meta.per_page).toBe(9);
      seen.push(...page.data.map((u) => u.id));
      names.push(...page.data.map((u) => `${u.last_name}\u0000${u.first_name}`));
      url = page.meta.next_cursor_url
        ? new URL(page.meta.next_cursor_url).pathname + new URL(page.meta.next_cursor_url).search
        : null;
    }
    expect(seen.length).toBe(50);
    expect(new Set(seen).size).toBe(50);
    expect(seen).toContain(INTEGRATION_USER_ID);
    const { rows } = await emu.db.query("select id from users order by last_name, first_name, id");
    expect(seen).toEqual(rows.map((r) => r.id));
    expect(names.length).toBe(50);
  });

  it("defaults to 30 per page and knows only its sorts", async () => {
    const page = UserPage.parse((await emu.get(api("/users"))).body);
    expect(page.data).toHaveLength(30);
    expect(page.meta.prev_cursor).toBeNull();
    expect(page.meta.next_cursor).not.toBeNull();
    const bad = await emu.get(api("/users", { sort: "name" }));
    expect(bad.status).toBe(400);
    MessageBody.parse(bad.body);
  });

  it("filters by the users catalogue", async () => {
    const res = await emu.get(api("/users", { filter: 'type eq "guest"', "page[size]": 100 }));
    expect(res.status).toBe(200);
    const page = UserPage.parse(res.body);
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((user) => user.type === "guest")).toBe(true);
    const bad = await emu.get(api("/users", { filter: 'name eq "x"' }));
    expect(bad).toMatchObject({
      status: 400,
      body: { message: "Invalid filter at position 0: unknown field 'name' on GET /users" },
    });
  });

  it("validates page[size]", async () => {
    const res = await emu.get(api("/users", { "page[size]": 0 }));
    expect(res.status).toBe(422);
    expect(ValidationErrorBody.parse(res.body).errors["page.size"]).toHaveLength(1);
  });
});

describe("rate limiting", () => {
  it("is off by default", async () => {
    const res = await emu.get(api("/whoami"));
    expect(res.headers.get("x-ratelimit-limit")).toBeNull();
  });

  it("answers 429 with Retry-After once the budget is spent", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const limited = createApp({ db: emu.db, rateLimit: 3, now: () => new Date(now) });
    const get = () => limited.request(api("/whoami"), { headers: { Authorization: `Bearer ${TOKEN}` } });
    const first = await get();
    expect(first.headers.get("x-ratelimit-limit")).toBe("3");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("2");
    await get();
    await get();
    const res = await get();
    expect(res.status).toBe(429);
    expect(await res.json()).toEqual({ message: "Too Many Attempts." });
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    now += 61_000;
    expect((await get()).status).toBe(200);
  });
});

import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { select } from "../../backend/db/db.ts";
import { CreatedWebhookData, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { WebhookPage } from "../../src/kanbert/webhooks.ts";
import { createApp } from "../app.ts";
import { XSS_TASK_IDS } from "../db/seed-xss.ts";
import { api, type Emulator, startEmulator, TOKEN } from "./harness.ts";
import { startReceiver } from "./receiver.ts";

let emu: Emulator;
let projectId = "";
const [TASK = ""] = XSS_TASK_IDS;
const WINDOW = 300;

beforeAll(async () => {
  emu = await startEmulator({
    clients: 30,
    webhooks: { debounceMs: WINDOW, delivery: { timeoutMs: 1000, attempts: 3, backoffMs: 100 } },
  });
  const [row] = await select(
    emu.db,
    z.object({ project_id: z.string() }),
    "select project_id from tasks where id = $1",
    [TASK],
  );
  projectId = row?.project_id ?? "";
});
afterAll(async () => {
  emu.app.webhooks.close();
  await emu.db.close();
});

async function subscribe(
  url: string,
  events: string[] = ["comment:create", "comment:update", "comment:delete"],
) {
  const res = await emu.call("POST", api("/webhooks"), { body: { url, events, project_id: projectId } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return CreatedWebhookData.parse(res.body);
}

async function post(comment: string) {
  const res = await emu.call("POST", api("/tasks/comments"), { body: { task_id: TASK, comment } });
  expect(res.status).toBe(201);
  return z.object({ id: z.string() }).parse(res.body).id;
}

const backstage = (method: string, id: string, body?: unknown) =>
  emu.call(method, `/_emulator/comments/${id}`, body === undefined ? {} : { body });

describe("webhook management (SPEC §8)", () => {
  it("creates a subscription, shows the secret once, lists, updates and deletes it", async () => {
    const created = await subscribe("http://127.0.0.1:9/a");
    expect(created.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(created).toMatchObject({
      url: "http://127.0.0.1:9/a",
      project_id: projectId,
      client_id: null,
      is_active: true,
    });
    const shown = await emu.get(api(`/webhooks/${created.id}`));
    expect(shown.status).toBe(200);
    expect(shown.body).not.toHaveProperty("secret");

    await subscribe("http://127.0.0.1:9/b");
    const list = WebhookPage.parse(
      (await emu.get(api("/webhooks", { sort: "-url", filter: 'url contains "127.0.0.1:9/"' }))).body,
    );
    expect(list.data.map((w) => w.url)).toEqual(["http://127.0.0.1:9/b", "http://127.0.0.1:9/a"]);

    const patched = await emu.call("PATCH", api(`/webhooks/${created.id}`), { body: { is_active: false } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ is_active: false, url: "http://127.0.0.1:9/a" });
    expect((await emu.call("DELETE", api(`/webhooks/${created.id}`))).status).toBe(204);
    expect((await emu.get(api(`/webhooks/${created.id}`))).status).toBe(404);
  });

  it("answers bad bodies with 422 per field", async () => {
    const cases: [unknown, string, string][] = [
      [{ events: ["comment:create"], project_id: "x" }, "url", "The url field is required."],
      [{ url: "http://example.com/h", events: ["comment:create"], project_id: projectId }, "url", "loopback"],
      [{ url: "http://127.0.0.1:9/h", events: [], project_id: projectId }, "events", "at least 1"],
      [{ url: "http://127.0.0.1:9/h", events: ["comment:explode"], project_id: projectId }, "events.0", ""],
      [
        { url: "http://127.0.0.1:9/h", events: ["comment:create"], client_id: "c" },
        "client_id",
        "scoped to a project",
      ],
      [
        { url: "http://127.0.0.1:9/h", events: ["comment:create"], project_id: "nope" },
        "project_id",
        "invalid",
      ],
    ];
    for (const [body, field, text] of cases) {
      const res = await emu.call("POST", api("/webhooks"), { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      const errors = ValidationErrorBody.parse(res.body).errors;
      expect(errors[field]?.join(" "), JSON.stringify(errors)).toContain(text);
    }
  });

  it("lists the workspace's projects (GET /projects)", async () => {
    const res = await emu.get(api("/projects", { sort: "title", "page[size]": 5 }));
    expect(res.status).toBe(200);
    expect(z.object({ data: z.array(z.object({ id: z.string() })) }).parse(res.body).data).toHaveLength(5);
  });
});

describe("deliveries", () => {
  it("posts {event, data} signed with the subscription's secret; data carries the task", async () => {
    const receiver = await startReceiver();
    const hook = await subscribe(receiver.url);
    const id = await post("<p>signed</p>");
    await emu.app.webhooks.idle();
    const [first] = receiver.received;
    expect(first?.body.event).toBe("comment:create");
    expect(first?.body.data).toMatchObject({
      id,
      comment: "<p>signed</p>",
      task: { id: TASK, project_id: projectId },
    });
    const expected = createHmac("sha256", hook.secret)
      .update(first?.raw ?? "")
      .digest("hex");
    expect(first?.headers["x-kanbert-signature"]).toBe(expected);
    expect(first?.headers["content-type"]).toBe("application/json");
    await emu.call("DELETE", api(`/webhooks/${hook.id}`));
    await receiver.close();
  });

  it("debounces: create absorbs updates; delete before a pending create sends nothing; update then delete → both", async () => {
    const receiver = await startReceiver();
    const hook = await subscribe(receiver.url);
    const absorbed = await post("<p>v1</p>");
    await backstage("PATCH", absorbed, { comment: "<p>v2</p>" });
    await backstage("PATCH", absorbed, { comment: "<p>v3</p>" });
    const vanished = await post("<p>gone</p>");
    expect((await backstage("DELETE", vanished)).status).toBe(204);
    await emu.app.webhooks.idle();
    expect(receiver.received.map((r) => [r.body.event, r.body.data.id, r.body.data.comment])).toEqual([
      ["comment:create", absorbed, "<p>v3</p>"],
    ]);

    await backstage("PATCH", absorbed, { comment: "<p>v4</p>" });
    await backstage("DELETE", absorbed);
    await emu.app.webhooks.idle();
    expect(receiver.received.slice(1).map((r) => [r.body.event, r.body.data.comment])).toEqual([
      ["comment:update", "<p>v4</p>"],
      ["comment:delete", "<p>v4</p>"],
    ]);
    await emu.call("DELETE", api(`/webhooks/${hook.id}`));
    await receiver.close();
  });

  it("retries a failing receiver 3 times in all, with exponential backoff", async () => {
    const receiver = await startReceiver((n) => (n < 3 ? 500 : 204));
    const hook = await subscribe(receiver.url);
    await post("<p>retry</p>");
    await emu.app.webhooks.idle();
    expect(receiver.received).toHaveLength(3);
    const [a, b, c] = receiver.received.map((r) => r.at);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(95);
    expect((c ?? 0) - (b ?? 0)).toBeGreaterThanOrEqual(195);
    expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
    await emu.call("DELETE", api(`/webhooks/${hook.id}`));
    await receiver.close();
  });

  it("gives up after 3 failed attempts", async () => {
    const receiver = await startReceiver(() => 503);
    const hook = await subscribe(receiver.url);
    await post("<p>never</p>");
    await emu.app.webhooks.idle();
    expect(receiver.received).toHaveLength(3);
    const attempts = emu.app.webhooks.attempts.filter((a) => a.url === receiver.url).map((a) => a.outcome);
    expect(attempts).toEqual([503, 503, 503]);
    await emu.call("DELETE", api(`/webhooks/${hook.id}`));
    await receiver.close();
  });

  it("sends nothing to an inactive subscription", async () => {
    const receiver = await startReceiver();
    const hook = await subscribe(receiver.url);
    await emu.call("PATCH", api(`/webhooks/${hook.id}`), { body: { is_active: false } });
    await post("<p>quiet</p>");
    await emu.app.webhooks.idle();
    expect(receiver.received).toHaveLength(0);
    await receiver.close();
  });
});

describe("--no-extensions", () => {
  it("answers GET /tasks/comments with 404 like the real Kanbert; POST still works", async () => {
    const plain = createApp({ db: emu.db, extensions: false });
    const headers = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };
    expect((await plain.request(api("/tasks/comments"), { headers })).status).toBe(404);
    expect((await emu.get(api("/tasks/comments"))).status).toBe(200);
    const body = JSON.stringify({ task_id: TASK, comment: "<p>x</p>" });
    expect((await plain.request(api("/tasks/comments"), { method: "POST", headers, body })).status).toBe(201);
    plain.webhooks.close();
  });
});

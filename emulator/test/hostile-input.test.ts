import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ClientFullData, MessageBody, ValidationErrorBody } from "../../src/kanbert/schemas.ts";
import { createApp } from "../app.ts";
import { INTEGRATION_USER_ID } from "../config.ts";
import { api, type Emulator, startEmulator } from "./harness.ts";

/** Text the database cannot hold (NUL, lone surrogates) → 422 / 404 / 400 in the API's shapes, never 500. */

let emu: Emulator;
let clientId = "";
let taskId = "";
let commentId = "";
beforeAll(async () => {
  emu = await startEmulator({ clients: 20 });
  const { rows } = await emu.db.query(
    "select t.client_id, t.id as task_id, (select id from comments where task_id = t.id limit 1) as comment_id from tasks t where exists (select 1 from comments where task_id = t.id) limit 1",
  );
  clientId = String(rows[0]?.client_id);
  taskId = String(rows[0]?.task_id);
  commentId = String(rows[0]?.comment_id);
});
afterAll(async () => {
  await emu.db.close();
});

const NUL = "a\u0000b";
const HIGH = "a\ud800b";
const LOW = "\udc00z";

async function counts() {
  const { rows } = await emu.db.query(
    "select (select count(*) from clients)::int as clients, (select count(*) from comments)::int as comments, (select count(*) from clients where name like '%' || chr(65533) || '%')::int as replaced",
  );
  return rows[0];
}

function expectFieldError(res: { status: number; body: unknown }, field: string, label: string) {
  expect(res.status).toBe(422);
  const body = ValidationErrorBody.parse(res.body);
  expect(body.errors[field]).toEqual([
    `The ${label} contains a character that is not allowed (NUL or an unpaired surrogate).`,
  ]);
}

describe("NUL and lone surrogates in request bodies → 422 on the field", () => {
  it("POST /clients: every text field", async () => {
    const before = await counts();
    for (const bad of [NUL, HIGH, LOW]) {
      const post = (body: Record<string, unknown>) => emu.call("POST", api("/clients"), { body });
      expectFieldError(await post({ name: bad }), "name", "name");
      expectFieldError(await post({ name: "Ok", shortcode: bad }), "shortcode", "shortcode");
      expectFieldError(
        await post({ name: "Ok", primary_contact_id: bad }),
        "primary_contact_id",
        "primary contact id",
      );
      expectFieldError(await post({ name: "Ok", external_id: bad }), "external_id", "external id");
      expectFieldError(
        await post({ name: "Ok", external_id: "X-1", external_origin: bad }),
        "external_origin",
        "external origin",
      );
    }
    expect(await counts()).toEqual(before);
  });

  it("PATCH, PUT shortcode and PUT external-identifier", async () => {
    for (const bad of [NUL, HIGH]) {
      const path = `/clients/${clientId}`;
      expectFieldError(await emu.call("PATCH", api(path), { body: { name: bad } }), "name", "name");
      expectFieldError(
        await emu.call("PATCH", api(path), { body: { primary_contact_id: bad } }),
        "primary_contact_id",
        "primary contact id",
      );
      expectFieldError(
        await emu.call("PUT", api(`${path}/shortcode`), { body: { shortcode: bad } }),
        "shortcode",
        "shortcode",
      );
      expectFieldError(
        await emu.call("PUT", api(`${path}/external-identifier`), { body: { external_id: bad } }),
        "external_id",
        "external id",
      );
      expectFieldError(
        await emu.call("PUT", api(`${path}/external-identifier`), {
          body: { external_id: "E-1", external_origin: bad },
        }),
        "external_origin",
        "external origin",
      );
    }
    expect((await counts())?.replaced).toBe(0);
  });

  it("POST /tasks/comments: comment, task_id, parent_comment_id, external id and origin", async () => {
    const before = await counts();
    const post = (body: Record<string, unknown>) => emu.call("POST", api("/tasks/comments"), { body });
    for (const bad of [NUL, HIGH, LOW]) {
      expectFieldError(await post({ task_id: taskId, comment: bad }), "comment", "comment");
      expectFieldError(await post({ task_id: bad, comment: "hi" }), "task_id", "task id");
      expectFieldError(
        await post({ task_id: taskId, comment: "hi", parent_comment_id: bad }),
        "parent_comment_id",
        "parent comment id",
      );
      expectFieldError(
        await post({ task_id: taskId, comment: "hi", external_id: bad }),
        "external_id",
        "external id",
      );
      expectFieldError(
        await post({ task_id: taskId, comment: "hi", external_id: "c-1", external_origin: bad }),
        "external_origin",
        "external origin",
      );
    }
    expect(await counts()).toEqual(before);
  });

  it("400s a body whose bytes are not UTF-8 (nothing is stored as U+FFFD)", async () => {
    const before = await counts();
    const bytes = new Uint8Array([...Buffer.from('{"name":"Caf'), 0xe9, ...Buffer.from(' Noir"}')]);
    const res = await emu.app.request(api("/clients"), {
      method: "POST",
      headers: { Authorization: "Bearer test-token", "Content-Type": "application/json" },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ message: "The request body is not valid UTF-8." });
    expect(await counts()).toEqual(before);
  });

  it("keeps well-formed astral characters (a surrogate pair is not a lone surrogate)", async () => {
    const res = await emu.call("POST", api("/clients"), {
      body: { name: "Rocket 🚀 GmbH", shortcode: "RKT🚀" },
    });
    expect(res.status).toBe(201);
    expect(ClientFullData.parse(res.body)).toMatchObject({ name: "Rocket 🚀 GmbH", shortcode: "RKT🚀" });
    const reply = await emu.call("POST", api("/tasks/comments"), {
      body: { task_id: taskId, parent_comment_id: commentId, comment: "ok 🚀" },
    });
    expect(reply.status).toBe(201);
  });
});

describe("NUL and broken text in the URL", () => {
  it("a path id → 404 Not Found", async () => {
    for (const id of ["a%00b", "%00", "a%ED%A0%80b", "%E0%A4%A", "%C0%80"]) {
      for (const [method, path] of [
        ["GET", `/clients/${id}`],
        ["PATCH", `/clients/${id}`],
        ["DELETE", `/clients/${id}`],
        ["GET", `/clients/${id}?find_by=shortcode`],
        ["GET", `/clients/${id}?find_by=external_id`],
        ["PUT", `/clients/${id}/shortcode`],
        ["POST", `/clients/${id}/restore`],
      ] as const) {
        const res = await emu.call(
          method,
          `/api/v1${path}`,
          method === "PUT" ? { body: { shortcode: "X" } } : {},
        );
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(MessageBody.parse(res.body)).toEqual({ message: "Not Found" });
      }
    }
  });

  it("a query name or value → 400 with a message", async () => {
    for (const query of [
      "sort=name%00",
      "page%5Bsize%5D=1%00",
      "include=%00",
      "page%5Bcursor%5D=%00",
      "filter=name%20eq%20%22a%00%22",
      "x%00=1",
    ]) {
      const res = await emu.get(`/api/v1/clients/full?${query}`);
      expect(res.status, query).toBe(400);
      expect(MessageBody.parse(res.body).message).toMatch(/not allowed|NUL|invalid/i);
    }
    const origin = await emu.get(api(`/clients/CRM-1`, { find_by: "external_id", origin: NUL }));
    expect(origin.status).toBe(400);
    expect(MessageBody.parse(origin.body).message).toBe(
      'The query parameter "origin" contains a character that is not allowed (NUL or an unpaired surrogate).',
    );
  });
});

describe("a server error", () => {
  it("says only 'Internal server error'; the database's text goes to the log", async () => {
    const secret = 'relation "secret_table" does not exist';
    const app = createApp({
      db: {
        ...emu.db,
        query: async () => {
          throw Object.assign(new Error(secret), { code: "42P01" });
        },
      },
      tokens: { "extra-token": INTEGRATION_USER_ID },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const res = await app.request(api("/whoami"), { headers: { Authorization: "Bearer extra-token" } });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ message: "Internal server error" });
      expect(log.mock.calls.flat().map(String).join(" ")).toContain(secret);
    } finally {
      log.mockRestore();
    }
  });
});

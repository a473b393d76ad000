import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommentData, MessageBody } from "../../src/kanbert/schemas.ts";
import { api, type Emulator, startEmulator, TOKEN } from "./harness.ts";

/** Bodies over 512 KiB → 413 in the API's shape, with or without Content-Length; the largest legal body passes. */

const LIMIT_MESSAGE = { message: "The request body may not be larger than 512 KiB." };

let emu: Emulator;
let server: ReturnType<typeof serve>;
let port = 0;
let taskId = "";
beforeAll(async () => {
  emu = await startEmulator({ clients: 10 });
  const { rows } = await emu.db.query("select id from tasks limit 1");
  taskId = String(rows[0]?.id);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: emu.app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
      port = info.port;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await emu.db.close();
});

/** POSTs `chunks` over a real socket; `length` false → chunked transfer encoding, no Content-Length. */
function post(
  path: string,
  chunks: readonly string[],
  length: boolean,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const total = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path,
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          "Content-Type": "application/json",
          ...(length ? { "Content-Length": String(total) } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    // Chunks are paced like a streaming client and stop once the server has answered; a reset of the
    // connection after the answer (the unread rest of the body) is not a failure.
    let answered = false;
    req.on("response", () => {
      answered = true;
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const send = async () => {
      for (const chunk of chunks) {
        if (answered) return;
        req.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      req.end();
    };
    void send();
  });
}

const oversized = (): string[] => {
  const filler = "x".repeat(64 * 1024);
  return ['{"name":"', ...Array.from({ length: 10 }, () => filler), '"}'];
};

describe("request body limit", () => {
  it("413s a body over the limit with Content-Length", async () => {
    const res = await post(api("/clients"), oversized(), true);
    expect(res.status).toBe(413);
    expect(MessageBody.parse(res.body)).toEqual(LIMIT_MESSAGE);
  });

  it("413s a chunked body over the limit (no Content-Length)", async () => {
    const res = await post(api("/clients"), oversized(), false);
    expect(res.status).toBe(413);
    expect(MessageBody.parse(res.body)).toEqual(LIMIT_MESSAGE);
    const { rows } = await emu.db.query("select count(*)::int as n from clients where length(name) > 1000");
    expect(rows[0]?.n).toBe(0);
  });

  it("accepts the largest legal body: a 65,535-character comment written entirely as \\u escapes", async () => {
    const escaped = "\\u00e9".repeat(65_535);
    const body = `{"task_id":"${taskId}","comment":"${escaped}","is_public":false,"external_id":"${"e".repeat(255)}","external_origin":"${"o".repeat(255)}"}`;
    expect(Buffer.byteLength(body)).toBeGreaterThan(256 * 1024);
    const res = await post(api("/tasks/comments"), [body], false);
    expect(res.status).toBe(201);
    expect(CommentData.parse(res.body).comment).toBe("é".repeat(65_535));
  });
});

import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { loadStaticFiles } from "./static.ts";

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** A tiny stand-in for the Kanbert API on loopback: records what arrives, answers what it is told. */
let upstream: Server;
let seen: Seen[] = [];
let reply: { status: number; body: string; headers: Record<string, string> } = {
  status: 200,
  body: "{}",
  headers: {},
};
let app: ServerType;
let appUrl: string;
let dist: string;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString();
}

function portOf(server: ServerType | Server): number {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("not listening on a TCP port");
  return address.port;
}

beforeAll(async () => {
  upstream = createServer(async (request, response) => {
    seen.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      contentType: request.headers["content-type"],
      body: await readBody(request),
    });
    response.writeHead(reply.status, { "Content-Type": "application/json", ...reply.headers });
    response.end(reply.body);
  });
  upstream.listen(0, "127.0.0.1");
  await once(upstream, "listening");
  const upstreamPort = portOf(upstream);

  dist = mkdtempSync(join(tmpdir(), "server-dist-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html>");
  const hono = createApp({
    files: loadStaticFiles(dist),
    kanbertBaseUrl: `http://127.0.0.1:${upstreamPort}/kanbert/api/v1`,
    trustProxy: false,
    log: () => {},
  });
  app = serve({ fetch: hono.fetch, hostname: "127.0.0.1", port: 0 });
  await once(app, "listening");
  appUrl = `http://127.0.0.1:${portOf(app)}`;
});

afterAll(async () => {
  app.close();
  upstream.close();
  rmSync(dist, { recursive: true, force: true });
});

describe("production server: /api/v1 proxy", () => {
  it("forwards method, path, query, body and Authorization to KANBERT_BASE_URL", async () => {
    seen = [];
    reply = { status: 201, body: '{"id":"cl_1"}', headers: {} };
    const response = await fetch(
      `${appUrl}/api/v1/clients/cl_1/projects?filter=name%20%3D%20%27a%27&page%5Bsize%5D=5`,
      {
        method: "PATCH",
        headers: { Authorization: "Bearer user-token", "Content-Type": "application/json", Cookie: "a=b" },
        body: '{"name":"Acme"}',
      },
    );
    expect(seen).toEqual([
      {
        method: "PATCH",
        url: "/kanbert/api/v1/clients/cl_1/projects?filter=name%20%3D%20%27a%27&page%5Bsize%5D=5",
        authorization: "Bearer user-token",
        contentType: "application/json",
        body: '{"name":"Acme"}',
      },
    ]);
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('{"id":"cl_1"}');
  });

  it("passes a 429 with Retry-After and its body back unchanged", async () => {
    reply = { status: 429, body: '{"message":"Too many requests"}', headers: { "Retry-After": "7" } };
    const response = await fetch(`${appUrl}/api/v1/clients`, { headers: { Authorization: "Bearer t" } });
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("7");
    expect(await response.text()).toBe('{"message":"Too many requests"}');
  });

  it("passes 401, 422 and 500 through with their bodies", async () => {
    const cases = [
      { status: 401, body: '{"message":"Unauthenticated."}' },
      { status: 422, body: '{"message":"Invalid","errors":{"name":["The name field is required."]}}' },
      { status: 500, body: '{"message":"Server Error"}' },
    ];
    for (const { status, body } of cases) {
      reply = { status, body, headers: {} };
      const response = await fetch(`${appUrl}/api/v1/clients`, { method: "POST", body: "{}" });
      expect(response.status).toBe(status);
      expect(await response.text()).toBe(body);
    }
  });

  it("adds the security headers to API answers too", async () => {
    reply = { status: 200, body: "{}", headers: {} };
    const response = await fetch(`${appUrl}/api/v1/users/me`);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });

  it("answers 502 in the API's error shape when the API cannot be reached", async () => {
    const down = createApp({
      files: loadStaticFiles(dist),
      kanbertBaseUrl: "http://127.0.0.1:9/api/v1",
      trustProxy: false,
      log: () => {},
    });
    const response = await down.request("/api/v1/clients");
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ message: "The Kanbert API could not be reached." });
  });
});

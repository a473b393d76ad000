import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../backend/db/db.ts";
import { openTestDb } from "../../../backend/db/test-db.ts";
import { createApp } from "../../app.ts";
import { loadStaticFiles } from "../../static.ts";
import { mirrorRoutes } from "../routes.ts";
import { migrateMirror } from "../schema.ts";
import { MEMBER } from "./fixtures.ts";

// A stand-in Kanbert on loopback that records what reaches it and knows one token.
let upstream: Server;
let base = "";
const seen: string[] = [];
let dist: string;
let db: Db;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.setHeader("Content-Type", "application/json");
    if (req.headers.authorization !== "Bearer member") {
      res.statusCode = 401;
      res.end(JSON.stringify({ message: "Unauthenticated." }));
    } else res.end(JSON.stringify(req.url?.endsWith("/whoami") ? MEMBER : { data: [], upstream: true }));
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const address = upstream.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  base = `http://127.0.0.1:${address.port}/api/v1`;
  dist = mkdtempSync(join(tmpdir(), "mirror-dist-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>t</title>");
  db = await openTestDb();
  await migrateMirror(db);
});
afterAll(async () => {
  await db.close();
  rmSync(dist, { recursive: true, force: true });
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

function server() {
  const routes = mirrorRoutes({
    db,
    kanbertBaseUrl: base,
    signatureHeader: "X-Kanbert-Signature",
    signatureEncoding: "hex",
    maxBodyBytes: 65_536,
  });
  return createApp({
    files: loadStaticFiles(dist),
    kanbertBaseUrl: base,
    trustProxy: false,
    log: () => {},
    routes,
  });
}

describe("production server with the mirror", () => {
  it("answers the comment listing itself and proxies every other /api/v1 request", async () => {
    const app = server();
    const auth = { Authorization: "Bearer member" };
    const listing = await app.request("/api/v1/tasks/comments", { headers: auth });
    expect(listing.status).toBe(200);
    expect(await listing.json()).toMatchObject({ data: [], meta: { per_page: 30 } });
    expect(seen).toEqual(["GET /api/v1/whoami"]);

    const clients = await app.request("/api/v1/clients?page%5Bsize%5D=5", { headers: auth });
    expect(await clients.json()).toEqual({ data: [], upstream: true });
    const post = await app.request("/api/v1/tasks/comments", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(post.status).toBe(200);
    expect(seen).toEqual([
      "GET /api/v1/whoami",
      "GET /api/v1/clients?page%5Bsize%5D=5",
      "POST /api/v1/tasks/comments",
    ]);
  });

  it("401s the listing for a token Kanbert refuses, and the receiver for an unsigned delivery", async () => {
    const app = server();
    expect(
      (await app.request("/api/v1/tasks/comments", { headers: { Authorization: "Bearer nope" } })).status,
    ).toBe(401);
    expect((await app.request("/webhooks/kanbert", { method: "POST", body: "{}" })).status).toBe(401);
  });
});

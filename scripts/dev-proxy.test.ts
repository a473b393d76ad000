import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The emulator's stand-in: answers with the Authorization header it received. */
let upstream: Server;
let server: PreviewServer;
let url: string;
let dist: string;

function portOf(address: ReturnType<Server["address"]>): number {
  if (address === null || typeof address === "string") throw new Error("not listening on a TCP port");
  return address.port;
}

beforeAll(async () => {
  upstream = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ authorization: request.headers.authorization ?? null }));
  });
  upstream.listen(0, "127.0.0.1");
  await once(upstream, "listening");
  process.env.KANBERT_PROXY_TARGET = `http://127.0.0.1:${portOf(upstream.address())}`;
  process.env.KANBERT_DEV_TOKEN = "the-dev-token";
  dist = mkdtempSync(join(tmpdir(), "preview-dist-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html>");
  server = await preview({
    logLevel: "silent",
    build: { outDir: dist },
    preview: { port: 0, host: "127.0.0.1" },
  });
  url = `http://127.0.0.1:${portOf(server.httpServer.address())}`;
});

afterAll(async () => {
  await server.close();
  upstream.close();
  rmSync(dist, { recursive: true, force: true });
});

describe("the dev and preview proxy (vite.config.ts)", () => {
  it("signs a request without a token with the development token", async () => {
    const response = await fetch(`${url}/api/v1/whoami`);
    expect(await response.json()).toEqual({ authorization: "Bearer the-dev-token" });
  });

  it("leaves a token the app sends as it is", async () => {
    const response = await fetch(`${url}/api/v1/whoami`, { headers: { Authorization: "Bearer mine" } });
    expect(await response.json()).toEqual({ authorization: "Bearer mine" });
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import type { RequestLogLine } from "./log.ts";
import { loadStaticFiles } from "./static.ts";

const INDEX = "<!doctype html><title>Kanbert Console</title>";
const CLIENTS_SHELL = "<!doctype html><title>Kanbert Console</title><h1>Clients</h1>";
const SCRIPT = "console.log('app');".repeat(100);
let dist: string;
const logged: RequestLogLine[] = [];

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "server-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), INDEX);
  writeFileSync(join(dist, "clients.html"), CLIENTS_SHELL);
  writeFileSync(join(dist, "favicon.svg"), "<svg/>");
  writeFileSync(join(dist, "assets", "index-abc123.js"), SCRIPT);
  writeFileSync(join(dist, "assets", "index-abc123.js.br"), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, "assets", "index-abc123.js.gz"), gzipSync(SCRIPT));
  writeFileSync(join(dist, "assets", "index-abc123.js.map"), '{"sources":["secret.ts"]}');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

function app(trustProxy = false) {
  return createApp({
    files: loadStaticFiles(dist),
    // Nothing listens here: only the static side is under test in this file.
    kanbertBaseUrl: "http://127.0.0.1:9/api/v1",
    trustProxy,
    log: (line) => logged.push(line),
  });
}

const HTML = { Accept: "text/html,application/xhtml+xml" };

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get("Content-Security-Policy")).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  );
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
  expect(response.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
  expect(response.headers.get("Permissions-Policy")).toContain("camera=()");
  expect(response.headers.get("Permissions-Policy")).toContain("geolocation=()");
}

describe("production server: static files", () => {
  it("serves index.html at / with the security headers, revalidated on every visit", async () => {
    const response = await app().request("/", { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-cache");
    expect(await response.text()).toBe(INDEX);
    expectSecurityHeaders(response);
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
  });

  it("sends a page's prerendered shell to a navigation to it, whatever its query", async () => {
    for (const path of ["/clients", "/clients?sort=-name&filter=x"]) {
      const response = await app().request(path, { headers: HTML });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Content-Type"), path).toBe("text/html; charset=utf-8");
      expect(response.headers.get("Cache-Control"), path).toBe("no-cache");
      expect(await response.text(), path).toBe(CLIENTS_SHELL);
      expectSecurityHeaders(response);
    }
  });

  it("falls back to index.html for a client route the browser navigates to, dots included", async () => {
    for (const path of ["/clients/cl_1", "/clients/by-external/crm/acme.com", "/settings"]) {
      const response = await app().request(path, { headers: HTML });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Cache-Control"), path).toBe("no-cache");
      expect(await response.text(), path).toBe(INDEX);
    }
  });

  it("answers 404 (with the security headers) for a missing asset or file, even to a navigation", async () => {
    const missingAsset = await app().request("/assets/index-gone000.js", { headers: HTML });
    expect(missingAsset.status).toBe(404);
    expectSecurityHeaders(missingAsset);
    const missingFile = await app().request("/robots.txt", { headers: { Accept: "*/*" } });
    expect(missingFile.status).toBe(404);
    expect(await missingFile.text()).toBe("Not found");
  });

  it("never serves a source map, though the build wrote one", async () => {
    const response = await app().request("/assets/index-abc123.js.map", { headers: HTML });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("secret.ts");
  });

  it("serves hashed assets immutable for a year, other files revalidated", async () => {
    const asset = await app().request("/assets/index-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8");
    expectSecurityHeaders(asset);
    const icon = await app().request("/favicon.svg");
    expect(icon.headers.get("Cache-Control")).toBe("no-cache");
    expect(icon.headers.get("Content-Type")).toBe("image/svg+xml");
  });

  it("chooses the precompressed variant by Accept-Encoding: brotli first, then gzip, else plain", async () => {
    const br = await app().request("/assets/index-abc123.js", {
      headers: { "Accept-Encoding": "gzip, deflate, br" },
    });
    expect(br.headers.get("Content-Encoding")).toBe("br");
    expect(br.headers.get("Vary")).toBe("Accept-Encoding");
    expect(Buffer.from(await br.arrayBuffer()).equals(brotliCompressSync(SCRIPT))).toBe(true);

    const gzip = await app().request("/assets/index-abc123.js", {
      headers: { "Accept-Encoding": "gzip, br;q=0" },
    });
    expect(gzip.headers.get("Content-Encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(SCRIPT);

    const plain = await app().request("/assets/index-abc123.js");
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it("answers a matching If-None-Match with 304", async () => {
    const first = await app().request("/favicon.svg");
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^".+"$/);
    const again = await app().request("/favicon.svg", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
  });

  it("refuses other methods on static files with 405", async () => {
    const response = await app().request("/", { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD");
  });

  it("answers /healthz", async () => {
    const response = await app().request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("sends HSTS only over TLS: directly, or via X-Forwarded-Proto from a trusted proxy", async () => {
    const forwarded = { ...HTML, "X-Forwarded-Proto": "https" };
    const untrusted = await app(false).request("http://app.test/", { headers: forwarded });
    expect(untrusted.headers.get("Strict-Transport-Security")).toBeNull();
    const trusted = await app(true).request("http://app.test/", { headers: forwarded });
    expect(trusted.headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    const direct = await app(false).request("https://app.test/", { headers: HTML });
    expect(direct.headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("logs one JSON line per request, without the query string", async () => {
    logged.length = 0;
    await app().request("/clients?token=abc&filter=secret", { headers: HTML });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ method: "GET", path: "/clients", status: 200 });
    expect(JSON.stringify(logged)).not.toContain("abc");
    expect(JSON.stringify(logged)).not.toContain("secret");
  });
});

describe("loadStaticFiles", () => {
  it("leaves out the build's server code", () => {
    const build = mkdtempSync(join(tmpdir(), "server-dist-"));
    try {
      mkdirSync(join(build, "assets"));
      mkdirSync(join(build, "server"));
      writeFileSync(join(build, "index.html"), INDEX);
      writeFileSync(join(build, "assets", "a.js"), SCRIPT);
      writeFileSync(
        join(build, "server", "server-render.js"),
        "export async function renderClientsPage() {}",
      );
      expect([...loadStaticFiles(build).keys()].sort()).toEqual(["/assets/a.js", "/index.html"]);
    } finally {
      rmSync(build, { recursive: true, force: true });
    }
  });
});

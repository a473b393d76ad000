import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { Context } from "hono";
import { RENDERER_DIR } from "./page-renderer.ts";

/** One file of the build, with the precompressed variants the build wrote beside it. */
interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

/** The built app, read once at start: `dist/` does not change while the server runs. */
export type StaticFiles = ReadonlyMap<string, StaticFile>;

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Vite puts content-hashed files here; they never change under the same name. */
const HASHED_PREFIX = "/assets/";
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}

function readVariant(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/**
 * Reads `dist/`. Source maps and the server's code are left out (maps are built as hidden, for error
 * reporting only), and the `.br`/`.gz` files become variants of the file they compress rather than
 * files of their own.
 */
export function loadStaticFiles(distDir: string): StaticFiles {
  const files = new Map<string, StaticFile>();
  // The build's server code (the page renderer) is this server's to run, never a file to send.
  const serverCode = join(distDir, RENDERER_DIR) + sep;
  for (const path of listFiles(distDir)) {
    if (path.startsWith(serverCode)) continue;
    const extension = extname(path);
    if (extension === ".map" || extension === ".br" || extension === ".gz") continue;
    const body = readFileSync(path);
    const urlPath = `/${relative(distDir, path).split(sep).join("/")}`;
    const br = readVariant(`${path}.br`);
    const gzip = readVariant(`${path}.gz`);
    files.set(urlPath, {
      body,
      type: TYPES[extension] ?? "application/octet-stream",
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      ...(br ? { br } : {}),
      ...(gzip ? { gzip } : {}),
    });
  }
  return files;
}

/** The encodings the client accepts (`q=0` refuses one). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    if (name && !refused) accepted.add(name);
  }
  return accepted;
}

export type Encoding = "br" | "gzip";

/** The encoding to send among those `offered`: brotli, else gzip, if the client accepts it; else none. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  offered: Readonly<Record<Encoding, boolean>>,
): Encoding | null {
  const accepted = acceptedEncodings(acceptEncoding);
  if (offered.br && accepted.has("br")) return "br";
  if (offered.gzip && accepted.has("gzip")) return "gzip";
  return null;
}

function choose(file: StaticFile, acceptEncoding: string | undefined): { body: Buffer; encoding?: string } {
  const encoding = chooseEncoding(acceptEncoding, {
    br: file.br !== undefined,
    gzip: file.gzip !== undefined,
  });
  const body = encoding ? file[encoding] : undefined;
  return body && encoding ? { body, encoding } : { body: file.body };
}

/** A page the browser navigates to (it asks for HTML), rather than a file a page asks for. */
export function isNavigation(c: Context): boolean {
  return (c.req.header("Accept") ?? "").includes("text/html");
}

function send(c: Context, file: StaticFile, cacheControl: string): Response {
  const headers = new Headers({ "Content-Type": file.type, "Cache-Control": cacheControl, ETag: file.etag });
  if (file.br || file.gzip) headers.set("Vary", "Accept-Encoding");
  if (c.req.header("If-None-Match") === file.etag) return new Response(null, { status: 304, headers });
  const { body, encoding } = choose(file, c.req.header("Accept-Encoding"));
  if (encoding) headers.set("Content-Encoding", encoding);
  headers.set("Content-Length", String(body.length));
  return new Response(c.req.method === "HEAD" ? null : new Uint8Array(body), { status: 200, headers });
}

/**
 * Serves the app: a built file as it is; a page the browser navigates to (it asks for HTML) gets
 * its prerendered shell when the build has one (`/clients` → `clients.html`, see
 * scripts/prerender-plugin.ts), otherwise `index.html`, and the client router takes over; anything
 * else that is not there is a 404.
 */
export function serveStatic(files: StaticFiles) {
  const index = files.get("/index.html");
  if (!index) throw new Error("index.html is missing from the build");
  return (c: Context): Response => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      return c.text("Method not allowed", 405, { Allow: "GET, HEAD" });
    }
    const path = c.req.path;
    const file = files.get(path);
    if (file && path !== "/index.html") {
      return send(c, file, path.startsWith(HASHED_PREFIX) ? IMMUTABLE : REVALIDATE);
    }
    const navigation = isNavigation(c);
    if (path === "/" || path === "/index.html" || (navigation && !path.startsWith(HASHED_PREFIX))) {
      const shell = navigation && path !== "/" ? files.get(`${path}.html`) : undefined;
      return send(c, shell ?? index, REVALIDATE);
    }
    return c.text("Not found", 404);
  };
}

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";
import { RENDERER_DIR } from "../server/page-renderer.ts";

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json", ".txt", ".webmanifest"]);
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}

/** Writes `file.br` and `file.gz` beside every compressible file under `dir` that is sent to browsers. */
export function precompressDir(dir: string): void {
  // The build's server code runs in the server and is never sent.
  const serverCode = join(dir, RENDERER_DIR) + sep;
  for (const path of listFiles(dir)) {
    if (!COMPRESSIBLE.has(extname(path)) || path.startsWith(serverCode)) continue;
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
}

/** Writes `file.br` and `file.gz` beside every compressible built file, for the production server. */
export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "kanbert:precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}

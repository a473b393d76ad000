import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkNamed, entryChunk, staticClosure } from "../scripts/bundle-sizes.ts";

const outDir = join(tmpdir(), `kanbert-bundle-${process.pid}`);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

beforeAll(async () => {
  await build({ logLevel: "silent", build: { outDir, emptyOutDir: true } });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the production build", () => {
  it("carries no token: no file of dist/ (maps included) contains dev-token", () => {
    const files = listFiles(outDir).filter((path) => !path.endsWith(".br") && !path.endsWith(".gz"));
    expect(files.length).toBeGreaterThan(3);
    const withToken = files.filter((path) => readFileSync(path, "utf8").includes("dev-token"));
    expect(withToken).toEqual([]);
  });

  it("writes hidden source maps (not referenced by the scripts) and brotli + gzip variants", () => {
    const files = listFiles(join(outDir, "assets"));
    const scripts = files.filter((path) => path.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    const entry = scripts.find((path) => /[/\\]index-[\w-]+\.js$/.test(path));
    expect(files).toContain(`${entry}.map`);
    for (const script of scripts) expect(readFileSync(script, "utf8")).not.toContain("sourceMappingURL");
    const largest = scripts.toSorted((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
    expect(files).toContain(`${largest}.br`);
    expect(files).toContain(`${largest}.gz`);
  });

  it("gives a first visit to /clients no code it does not run: no request bodies, no saved views, no classic zod", () => {
    const files = listFiles(join(outDir, "assets")).map((path) => `assets/${path.split(/[/\\]/).pop()}`);
    // What a cold load of /clients fetches: the entry and what it imports at once (main.tsx, boot.ts).
    const roots = [
      entryChunk(outDir),
      chunkNamed(outDir, files, "start"),
      chunkNamed(outDir, files, "clients.lazy"),
      chunkNamed(outDir, files, "prefetch-first-page"),
    ];
    const firstLoad = new Set(roots.flatMap((root) => [...staticClosure(outDir, root)]));
    // Each chunk's source map names the modules in it (Rolldown's runtime chunk has none).
    const sources = [...firstLoad].flatMap((file) => {
      const path = join(outDir, `${file}.map`);
      if (!existsSync(path)) return [];
      const map: unknown = JSON.parse(readFileSync(path, "utf8"));
      return typeof map === "object" && map !== null && "sources" in map && Array.isArray(map.sources)
        ? map.sources.map(String)
        : [];
    });
    const table = sources.filter((source) => source.endsWith("src/features/clients/table/clients-table.tsx"));
    expect(table).toHaveLength(1);
    const unneeded = sources.filter((source) =>
      /src\/(kanbert\/bodies\.ts|features\/filters\/views\/saved-views\.ts)$/.test(source),
    );
    expect(unneeded).toEqual([]);
    // The API's schemas are zod/mini's: classic zod (its schemas carry their methods, built one by
    // one) comes only with the forms.
    expect(sources.filter((source) => source.includes("node_modules/zod/v4/mini/"))).not.toEqual([]);
    expect(sources.filter((source) => source.includes("node_modules/zod/v4/classic/"))).toEqual([]);
  });
});

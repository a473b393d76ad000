import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { measureBudgets, reportBudgets } from "./check-budgets.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Incompressible text: gzip keeps about half of hex. */
const noise = (bytes: number) => `/*${randomBytes(bytes / 2).toString("hex")}*/`;

/**
 * A built app: entry → shared chunk (static); entry ⇢ start (dynamic) → shared + framework chunk;
 * entry ⇢ clients.lazy (dynamic) → shared + framework + own chunk.
 */
function fixture(sizes: {
  entry: number;
  shared: number;
  app: number;
  route: number;
  routeOwn: number;
}): string {
  const dist = mkdtempSync(join(tmpdir(), "budgets-"));
  dirs.push(dist);
  mkdirSync(join(dist, "assets"));
  writeFileSync(
    join(dist, "index.html"),
    '<!doctype html><script type="module" crossorigin src="/assets/index-AAAA.js"></script>',
  );
  const write = (name: string, code: string) => writeFileSync(join(dist, "assets", name), code);
  write(
    "index-AAAA.js",
    `import{a as b}from"./shared-BBBB.js";import("./start-FFFF.js");const r=()=>import("./clients.lazy-CCCC.js");${noise(sizes.entry)}`,
  );
  write("shared-BBBB.js", `export const a=1;${noise(sizes.shared)}`);
  write("start-FFFF.js", `import"./shared-BBBB.js";import{f}from"./framework-GGGG.js";${noise(sizes.app)}`);
  write("framework-GGGG.js", `export const f=3;${noise(1000)}`);
  write(
    "clients.lazy-CCCC.js",
    `import"./shared-BBBB.js";import"./framework-GGGG.js";import{x}from"./own-DDDD.js";${noise(sizes.route)}`,
  );
  write("own-DDDD.js", `export const x=2;${noise(sizes.routeOwn)}`);
  write("unrelated-EEEE.js", noise(200_000));
  return dist;
}

describe("performance budgets", () => {
  const budgets = { entry: 10_000, app: 10_000, clientsRoute: 5_000 };

  it("counts the entry with its static imports, the app beyond it, and the route beyond both", () => {
    const dist = fixture({ entry: 4000, shared: 6000, app: 2000, route: 2000, routeOwn: 2000 });
    const [entry, app, route] = measureBudgets(dist, budgets);
    expect(entry?.files.sort()).toEqual(["assets/index-AAAA.js", "assets/shared-BBBB.js"]);
    expect(app?.files.sort()).toEqual(["assets/framework-GGGG.js", "assets/start-FFFF.js"]);
    expect(route?.files.sort()).toEqual(["assets/clients.lazy-CCCC.js", "assets/own-DDDD.js"]);
    // Hex gzips to about half: 10,000 hex characters of entry and shared chunk → about 5 KB.
    expect(entry?.bytes).toBeGreaterThan(4_500);
    expect(entry?.bytes).toBeLessThan(6_500);
    expect(reportBudgets(measureBudgets(dist, budgets), () => {})).toBe(true);
  });

  it("fails when the entry or the route grows past its budget, naming which", () => {
    const dist = fixture({ entry: 4000, shared: 6000, app: 2000, route: 2000, routeOwn: 20_000 });
    const lines: string[] = [];
    const ok = reportBudgets(measureBudgets(dist, budgets), (l) => lines.push(l));
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(/^ok {2}entry JS/);
    expect(lines[1]).toMatch(/^ok {2}app JS/);
    expect(lines[2]).toMatch(/^OVER BUDGET {2}\/clients route JS/);
    expect(
      reportBudgets(measureBudgets(dist, { ...budgets, entry: 4_000, clientsRoute: 50_000 }), () => {}),
    ).toBe(false);
    const bigApp = fixture({ entry: 1000, shared: 1000, app: 30_000, route: 1000, routeOwn: 1000 });
    const appLines: string[] = [];
    expect(reportBudgets(measureBudgets(bigApp, budgets), (l) => appLines.push(l))).toBe(false);
    expect(appLines[1]).toMatch(/^OVER BUDGET {2}app JS/);
  });

  it("the command exits 1 on an over-budget build and 0 on one within budget", () => {
    const run = (dist: string) => {
      try {
        execFileSync("node", ["--import", "tsx", "scripts/check-budgets.ts", dist], { stdio: "pipe" });
        return 0;
      } catch (error) {
        return error instanceof Error && "status" in error ? error.status : -1;
      }
    };
    expect(run(fixture({ entry: 400_000, shared: 1000, app: 1000, route: 1000, routeOwn: 1000 }))).toBe(1);
    expect(run(fixture({ entry: 1000, shared: 1000, app: 1000, route: 1000, routeOwn: 1000 }))).toBe(0);
  });
});

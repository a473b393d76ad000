import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "server-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html>");
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { PATH: process.env.PATH, HOST: "127.0.0.1", PORT: "0", DIST_DIR: dist, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function run(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = start(env);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, "exit");
  return { code: typeof code === "number" ? code : null, stdout, stderr };
}

describe("production server: start-up", () => {
  it("explains a missing dist/ without a stack trace", async () => {
    const { code, stderr } = await run({ DIST_DIR: join(dist, "nowhere") });
    expect(code).toBe(1);
    expect(stderr).toContain("index.html is missing): run `npm run build` first, or set DIST_DIR");
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("explains an invalid KANBERT_BASE_URL and PORT without a stack trace", async () => {
    const { code, stderr } = await run({ KANBERT_BASE_URL: "api.kanbert.com", PORT: "http" });
    expect(code).toBe(1);
    expect(stderr).toContain("KANBERT_BASE_URL must be an http:// or https:// URL");
    expect(stderr).toContain("PORT must be a whole number between 0 and 65535");
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("explains a taken port without a stack trace", async () => {
    const taken = createServer();
    taken.listen(0, "127.0.0.1");
    await once(taken, "listening");
    const address = taken.address();
    const port = address !== null && typeof address === "object" ? address.port : 0;
    try {
      const { code, stderr } = await run({ PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use: set PORT to a free port`);
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      taken.close();
    }
  });

  it("prints ready http://HOST:PORT, serves, and exits 0 on SIGTERM", async () => {
    const child = start({});
    let stdout = "";
    const ready = new Promise<string>((resolve) => {
      child.stdout?.on("data", (chunk) => {
        stdout += chunk;
        const match = /ready (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
    });
    const url = await ready;
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
    const logLine = stdout.split("\n").find((line) => line.startsWith("{"));
    expect(JSON.parse(logLine ?? "null")).toMatchObject({ method: "GET", path: "/healthz", status: 200 });
  });
});

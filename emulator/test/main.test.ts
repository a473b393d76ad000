import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The CLI as users start it (`node --import tsx emulator/main.ts`, PGlite in a worker thread):
 * it seeds, serves over HTTP and exits by itself on SIGINT/SIGTERM.
 */

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

async function start(
  args: readonly string[],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "emulator/main.ts", "--port", "0", "--token", "cli-token", ...args],
    { stdio: "pipe", env: { ...process.env, DATABASE_URL: "" } },
  );
  children.push(child);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (http:\/\/\S+)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

async function clientCount(url: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/clients?page[size]=100`, {
    headers: { Authorization: "Bearer cli-token" },
  });
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  return typeof body === "object" && body !== null && "data" in body && Array.isArray(body.data)
    ? body.data.length
    : -1;
}

describe("emulator CLI", () => {
  it("seeds in memory, serves the API and exits with 0 on SIGTERM", async () => {
    const { child, url } = await start(["--data", "memory", "--clients", "12"]);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: "ok" });
    expect(await clientCount(url)).toBe(12);
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
  }, 180_000);

  it("warms up without counting against the token's rate limit", async () => {
    const { child, url } = await start(["--data", "memory", "--clients", "5", "--rate-limit", "2"]);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${url}/api/v1/clients/full?page[size]=50&sort=name&include=projects`, {
        headers: { Authorization: "Bearer cli-token" },
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
  }, 180_000);

  it("keeps a data folder: the second start reuses it and SIGINT exits with 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kanbert-cli-"));
    try {
      const first = await start(["--data", join(dir, "data"), "--clients", "7"]);
      first.child.kill("SIGINT");
      expect(await exited(first.child)).toBe(0);
      const second = await start(["--data", join(dir, "data"), "--clients", "7"]);
      expect(second.output()).toContain("database already seeded; skipping seed");
      expect(await clientCount(second.url)).toBe(7);
      second.child.kill("SIGINT");
      expect(await exited(second.child)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

import { execFileSync, spawn } from "node:child_process";
import { existsSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openPostgres } from "../backend/db/postgres.ts";
import { LoadResult } from "./lib/load-protocol.ts";
import { startServer } from "./lib/servers.ts";
import { percentile, table } from "./lib/stats.ts";

/**
 * The emulator under load, over loopback HTTP: 50 connections for 30 s of first-page
 * `GET /clients/full?include=projects&page[size]=50&sort=name` (autocannon, in its own process)
 * while a prober asks `/health` one request at a time; on 2,000 seeded clients, for PGlite and
 * PostgreSQL, for this tree ("new") and for BENCH_BASE_REF ("base", default: the merge-base with
 * main) checked out with `git worktree add` into a temporary folder. Targets: 0 errors, 0 requests
 * over 2 s, `/health` p99 ≤ 50 ms.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CLIENTS = 2_000;
const PORT = Number(process.env.BENCH_PORT ?? 8821);
const TOKEN = "bench-token";
const PATH = "/api/v1/clients/full?include=projects&page[size]=50&sort=name";
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";

const git = (...args: string[]) => execFileSync("git", ["-C", ROOT, ...args], { encoding: "utf8" }).trim();

/** BENCH_BASE_REF (default: merge-base with main) checked out beside, sharing our node_modules. */
function checkoutBase(): { dir: string; label: string; remove: () => void } {
  const ref = process.env.BENCH_BASE_REF ?? git("merge-base", "HEAD", "main");
  const sha = git("rev-parse", "--verify", `${ref}^{commit}`);
  const dir = join(tmpdir(), `kanbert-bench-base-${sha.slice(0, 12)}`);
  if (!existsSync(dir)) git("worktree", "add", "--detach", dir, sha);
  if (!existsSync(join(dir, "node_modules")))
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return { dir, label: `base ${sha.slice(0, 7)}`, remove: () => git("worktree", "remove", "--force", dir) };
}

/** A fresh PostgreSQL database per run, or the reason there is none. */
async function createDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> } | string> {
  const admin = openPostgres(SERVER_URL);
  try {
    await admin.exec(`drop database if exists ${name} with (force)`);
    await admin.exec(`create database ${name}`);
  } catch (error) {
    await admin.close();
    return error instanceof Error ? error.message : String(error);
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.exec(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

/** Sequential `/health` requests until stopped; their latencies (ms) and failures. */
function probeHealth(base: string): { stop: () => Promise<{ latencies: number[]; failures: number }> } {
  const latencies: number[] = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(10_000) });
        await response.text();
        if (response.status !== 200) failures++;
      } catch {
        failures++;
      }
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { latencies, failures };
    },
  };
}

function runLoad(url: string): Promise<LoadResult> {
  const request = JSON.stringify({ url, token: TOKEN, connections: CONNECTIONS, seconds: SECONDS });
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(ROOT, "bench/lib/load-client.ts"), request],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`load client exited with ${code}: ${output}`));
      else resolve(LoadResult.parse(JSON.parse(output.trim().split("\n").pop() ?? "")));
    });
  });
}

async function measure(cwd: string, env: Record<string, string>): Promise<string[]> {
  const base = `http://127.0.0.1:${PORT}`;
  const server = await startServer(
    "emulator",
    process.execPath,
    [
      "--import",
      "tsx",
      join(cwd, "emulator/main.ts"),
      "--port",
      String(PORT),
      "--data",
      "memory",
      "--clients",
      String(CLIENTS),
      "--token",
      TOKEN,
    ],
    /ready http/,
    { ...env, DATABASE_URL: env.DATABASE_URL ?? "" },
  );
  try {
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${base}${PATH}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`warm-up: ${response.status} ${text.slice(0, 300)}`);
    }
    const prober = probeHealth(base);
    const load = await runLoad(`${base}${PATH}`);
    const health = await prober.stop();
    return [
      load.perSecond.toFixed(0),
      load.p50.toFixed(0),
      load.p95.toFixed(0),
      load.p99.toFixed(0),
      String(load.errors),
      String(load.over2s),
      `${percentile(health.latencies, 99).toFixed(1)}${health.failures > 0 ? ` (${health.failures} failed)` : ""}`,
    ];
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<void> {
  const baseline = checkoutBase();
  const versions = [
    { label: baseline.label, dir: baseline.dir },
    { label: "new", dir: ROOT },
  ];
  const rows: string[][] = [];
  const notes: string[] = [];
  try {
    for (const version of versions) {
      console.log(`  PGlite, ${version.label}: ${CONNECTIONS} connections for ${SECONDS} s …`);
      rows.push(["PGlite", version.label, ...(await measure(version.dir, {}))]);
    }
    for (const version of versions) {
      const name = `kanbert_load_${version.label === "new" ? "new" : "base"}_${process.pid}`;
      const database = await createDatabase(name);
      if (typeof database === "string") {
        notes.push(
          `PostgreSQL unavailable at ${SERVER_URL} (${database}): no PostgreSQL rows. ` +
            "Start it with `pg_ctlcluster 15 main start` (as root) or set BENCH_DATABASE_URL.",
        );
        break;
      }
      try {
        console.log(`  PostgreSQL, ${version.label}: ${CONNECTIONS} connections for ${SECONDS} s …`);
        rows.push([
          "PostgreSQL",
          version.label,
          ...(await measure(version.dir, { DATABASE_URL: database.url })),
        ]);
      } finally {
        await database.drop();
      }
    }
  } finally {
    baseline.remove();
  }
  const header = [
    "backend",
    "version",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "> 2 s",
    "/health p99 ms",
  ];
  console.log(`\n${CLIENTS} clients; GET ${PATH}\n${table(header, rows)}`);
  for (const note of notes) console.log(note);
  console.log("targets: 0 errors, 0 requests over 2 s, /health p99 ≤ 50 ms on both backends");
}

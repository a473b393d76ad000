import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type Status = "passed" | "failed" | "skipped";
const report = (tests: [string, Status][]) => ({
  testResults: [
    {
      name: "/repo/emulator/test/a.test.ts",
      assertionResults: tests.map(([fullName, status]) => ({ fullName, status })),
    },
  ],
});

function countLines(files: Record<string, unknown>, exitCode = "0"): string[] {
  const dir = mkdtempSync(join(tmpdir(), "count-tests-"));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), JSON.stringify(content));
  const run = spawnSync("node", ["scripts/count-tests.mjs", dir, exitCode], { encoding: "utf8" });
  return run.stdout.trim().split("\n");
}

describe("count-tests", () => {
  it("counts a test re-run on PostgreSQL once, and reports the re-run on its own line before the last", () => {
    const lines = countLines({
      "vitest.json": report([
        ["one", "passed"],
        ["two", "passed"],
        ["three", "skipped"],
      ]),
      "vitest-postgres.json": report([
        ["one", "passed"],
        ["two", "passed"],
      ]),
      "playwright.json": { stats: { expected: 3, flaky: 1, unexpected: 0 } },
    });
    expect(lines).toEqual(["postgres: 2 passed, 0 failed", "6 passed, 0 failed"]);
  });

  it("a test that fails only on PostgreSQL counts as one failed test", () => {
    const lines = countLines({
      "vitest.json": report([
        ["one", "passed"],
        ["two", "passed"],
      ]),
      "vitest-postgres.json": report([
        ["one", "failed"],
        ["two", "passed"],
      ]),
    });
    expect(lines).toEqual(["postgres: 1 passed, 1 failed", "1 passed, 1 failed"]);
  });

  it("a step that failed before any test ran is one failure", () => {
    expect(countLines({}, "1")).toEqual(["0 passed, 1 failed"]);
  });
});

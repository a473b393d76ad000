import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function check(root?: string) {
  const run = spawnSync("node", ["scripts/check-boundaries.mjs", ...(root ? [root] : [])], {
    encoding: "utf8",
  });
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.trim().split("\n").sort() };
}

describe("check-boundaries", () => {
  it("fails on each forbidden import of the fixture, naming file and rule", () => {
    expect(check("scripts/__tests__/boundaries-fixture")).toEqual({
      status: 1,
      lines: [
        "7 import(s) break the architecture's rules",
        "backend/bad.ts: backend/ may import only itself, src/kanbert and src/filter, not emulator/bad.ts",
        "emulator/bad.ts: emulator/ may import from src/ only src/kanbert and src/filter, not src/features/b/index.ts",
        "server/bad.ts: server/ may import from src/ only src/kanbert and src/filter, not src/app/bad.ts",
        "src/app/bad.ts: src/ must not import emulator/bad.ts",
        "src/features/a/api/bad.ts: feature 'a' must use feature 'b' through its index.ts, not src/features/b/secret.ts",
        "src/filter/bad.ts: src/filter must not import 'node:fs'",
        "src/filter/bad.ts: src/filter must not import src/kanbert/x.ts",
      ],
    });
  });

  it("passes on the project's own tree", () => {
    expect(check()).toEqual({ status: 0, lines: ["import boundaries: ok"] });
  });
});

import { defineConfig } from "vitest/config";
import { cspSafeAliases } from "./scripts/csp-safe-aliases.ts";

export default defineConfig({
  resolve: { alias: cspSafeAliases },
  test: {
    include: [
      "src/**/*.test.{ts,tsx}",
      "emulator/**/*.test.ts",
      "backend/**/*.test.ts",
      "server/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    setupFiles: ["./src/test-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Replays a failed property test: FC_SEED=<seed> FC_PATH=<path> (see src/test/fast-check-seed.ts).
    provide: { FC_SEED: process.env.FC_SEED, FC_PATH: process.env.FC_PATH },
    // .ci/run asks for a JSON report so it can count tests; locally the default reporter is enough.
    ...(process.env.TEST_REPORT_DIR
      ? { reporters: ["default", "json"], outputFile: { json: `${process.env.TEST_REPORT_DIR}/vitest.json` } }
      : {}),
  },
});

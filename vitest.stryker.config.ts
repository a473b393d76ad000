import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Mutation runs (npm run mutation) use the logic tests only: the component tests wait on the DOM with
// short timeouts and fail at random on slow, instrumented code. scripts/mutation.mjs narrows them to
// the tests of the folders it mutates (MUTATION_TESTS, comma-separated globs).
const include = process.env.MUTATION_TESTS?.split(",") ?? ["src/**/*.test.ts", "emulator/**/*.test.ts"];

export default defineConfig({
  ...base,
  test: { ...base.test, include },
});

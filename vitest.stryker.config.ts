import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Mutation runs (npm run mutation) use the logic tests only: the component tests wait on the DOM with
// short timeouts and fail at random on slow, instrumented code.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["src/**/*.test.ts", "emulator/**/*.test.ts"] },
});

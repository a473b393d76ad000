import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { configureFastCheck } from "./fast-check-seed.ts";

const saved = fc.readConfigureGlobal();
afterEach(() => {
  fc.configureGlobal(saved);
});

function failureOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("the property did not fail");
}

describe("property test seeds", () => {
  it("a failing property prints the seed it ran with", () => {
    configureFastCheck({ FC_SEED: "424242" });
    const message = failureOf(() => fc.assert(fc.property(fc.nat(), (n) => n < 10)));
    expect(message).toContain("seed: 424242");
    expect(message).toMatch(/path: "[0-9:]+"/);
  });

  it("FC_SEED and FC_PATH replay the same counterexample", () => {
    configureFastCheck({ FC_SEED: "7" });
    const first = failureOf(() => fc.assert(fc.property(fc.string(), (s) => s.length < 3)));
    const path = first.match(/path: "([0-9:]+)"/)?.[1];
    expect(path).toBeDefined();
    configureFastCheck({ FC_SEED: "7", FC_PATH: path });
    const replay = failureOf(() => fc.assert(fc.property(fc.string(), (s) => s.length < 3)));
    const counterexample = (message: string) => message.match(/Counterexample: (.*)/)?.[1];
    expect(counterexample(replay)).toBe(counterexample(first));
  });

  it("refuses a seed that is not an integer", () => {
    expect(() => configureFastCheck({ FC_SEED: "abc" })).toThrow("FC_SEED must be an integer, got 'abc'");
  });

  it("leaves the configuration alone without FC_SEED", () => {
    configureFastCheck({});
    expect(fc.readConfigureGlobal().seed).toBe(saved.seed);
  });
});

// Loaded before every unit test file; DOM matchers are registered only where a DOM exists.
import { beforeEach, expect } from "vitest";

if (typeof document !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
}

// A test that asserts nothing cannot fail: every unit test must make at least one assertion.
beforeEach(() => {
  expect.hasAssertions();
});

// Loaded before every unit test file; DOM matchers are registered only where a DOM exists.
import { beforeEach, expect, inject } from "vitest";
import { configureFastCheck } from "./test/fast-check-seed.ts";

if (typeof document !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
  // jsdom lays nothing out, so it cannot scroll: the listbox's scrollIntoView does nothing there.
  Element.prototype.scrollIntoView = () => {};
  // findBy* waits up to 5 s instead of 1 s: on a loaded 2-core CI machine a first render with its
  // fetch can take longer than a second, and a wait that ends early is a false failure, not a catch.
  const { configure } = await import("@testing-library/react");
  configure({ asyncUtilTimeout: 5_000 });
}

// A test that asserts nothing cannot fail: every unit test must make at least one assertion.
beforeEach(() => {
  expect.hasAssertions();
});

// Property tests replay a printed failure with FC_SEED (and FC_PATH); see src/test/fast-check-seed.ts.
configureFastCheck({ FC_SEED: inject("FC_SEED"), FC_PATH: inject("FC_PATH") });

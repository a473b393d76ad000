// Loaded before every unit test file; DOM matchers are registered only where a DOM exists.
if (typeof document !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
}

export {};

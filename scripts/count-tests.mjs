// Sums the JSON reports of Vitest and Playwright into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir = ".", exitCode = "0"] = process.argv.slice(2);
let passed = 0;
let failed = 0;

const vitestFile = join(dir, "vitest.json");
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}

const playwrightFile = join(dir, "playwright.json");
if (existsSync(playwrightFile)) {
  const stats = JSON.parse(readFileSync(playwrightFile, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
}

// A step that failed before any test ran (typecheck, lint, build) still counts as a failure.
if (exitCode !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);

// Sums the JSON reports of Vitest and Playwright into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir = ".", exitCode = "0"] = process.argv.slice(2);
let passed = 0;
let failed = 0;

for (const name of ["vitest.json", "vitest-postgres.json"]) {
  const file = join(dir, name);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}

for (const name of ["playwright.json", "playwright-mirror.json"]) {
  const playwrightFile = join(dir, name);
  if (!existsSync(playwrightFile)) continue;
  const stats = JSON.parse(readFileSync(playwrightFile, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
}

// A step that failed before any test ran (typecheck, lint, build) still counts as a failure.
if (exitCode !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);

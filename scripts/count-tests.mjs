// Sums the JSON reports of Vitest and Playwright into the line CI reads, printed LAST:
// "N passed, N failed". Each test counts once: the emulator's tests re-run on PostgreSQL
// (vitest-postgres.json) are the same tests, so they get their own line before the closing one
// ("postgres: N passed, N failed") and, in the closing line, a test that failed on either database
// counts as failed (once) instead of passed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir = ".", exitCode = "0"] = process.argv.slice(2);

/** Map of "file › full name" to whether every run of it passed (skipped/todo tests are not counted). */
function vitestResults(file) {
  const results = new Map();
  if (!existsSync(file)) return results;
  for (const suite of JSON.parse(readFileSync(file, "utf8")).testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== "passed" && test.status !== "failed") continue;
      results.set(`${suite.name} › ${test.fullName}`, test.status === "passed");
    }
  }
  return results;
}

const unit = vitestResults(join(dir, "vitest.json"));
const postgres = vitestResults(join(dir, "vitest-postgres.json"));
for (const [name, ok] of postgres) unit.set(name, (unit.get(name) ?? true) && ok);

const count = (results) => {
  const all = [...results.values()];
  return { passed: all.filter(Boolean).length, failed: all.filter((ok) => !ok).length };
};
let { passed, failed } = count(unit);

for (const name of ["playwright.json", "playwright-mirror.json", "playwright-rate-limit.json"]) {
  const playwrightFile = join(dir, name);
  if (!existsSync(playwrightFile)) continue;
  const stats = JSON.parse(readFileSync(playwrightFile, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
}

if (postgres.size > 0) {
  const pg = count(postgres);
  console.log(`postgres: ${pg.passed} passed, ${pg.failed} failed`);
}
// A step that failed before any test ran (typecheck, lint, build, PostgreSQL setup) still counts as a failure.
if (exitCode !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);

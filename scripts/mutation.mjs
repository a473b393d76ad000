// Runs StrykerJS over the folders named on the command line (default: every folder below) and prints
// one mutation score per folder. Not part of `npm test`: it takes long, like a benchmark.
// Usage: npm run mutation [-- src/lib backend/filter]
//        npm run mutation -- src/filter/print.ts   (one file: mutates it, runs its folder's tests)
//        npm run mutation -- --table src/lib   (prints the table of the last run again, runs nothing)
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const FOLDERS = ["src/filter", "src/kanbert", "src/features/*/api", "src/lib", "backend/filter"];
// The tests that must protect each folder: its own unit tests (backend/filter: the emulator's filter
// tests, which run its SQL). Running only these keeps a run short: a mutant in code that runs at
// import (schemas, catalogues) would otherwise run every test that imports it, emulator included.
const TESTS = {
  "src/filter": ["src/filter/**/*.test.ts"],
  "src/kanbert": ["src/kanbert/**/*.test.ts"],
  "src/features/*/api": ["src/features/*/api/**/*.test.ts"],
  "src/lib": ["src/lib/**/*.test.ts"],
  "backend/filter": ["emulator/test/filter/**/*.test.ts"],
};
// Data and builders that only tests read, not behaviour: mutating them says nothing about the tests.
const NOT_CODE = ["!src/kanbert/xss-corpus.ts", "!src/features/clients/api/test-rows.ts"];
const args = process.argv.slice(2);
const tableOnly = args.includes("--table");
const named = args.filter((arg) => arg !== "--table");
const chosen = named.length > 0 ? named : FOLDERS;
// One name per run, so runs over different folders can go side by side.
const name = chosen.join("+").replace(/[^a-z0-9+]+/gi, "-");
const report = `reports/mutation/${name}.json`;
const html = `reports/mutation/${name}.html`;
const config = `reports/mutation/${name}.config.json`;

const folderOf = (path) => {
  const match = FOLDERS.map((f) => new RegExp(`^${f.replace("*", "[^/]+")}/`)).find((re) => re.test(path));
  return match ? path.match(match)[0].slice(0, -1) : path;
};

/** The tests of the folder a target (folder or file) lies in. */
function testsOf(target) {
  const folder = FOLDERS.find((f) => target === f || new RegExp(`^${f.replace("*", "[^/]+")}/`).test(target));
  if (folder) return TESTS[folder];
  return [`${target.endsWith(".ts") ? dirname(target) : target}/**/*.test.ts`];
}

if (!tableOnly) runStryker();

function runStryker() {
  const base = JSON.parse(readFileSync("stryker.config.json", "utf8"));
  const mutate = chosen
    .map((target) => (target.endsWith(".ts") ? target : `${target}/**/*.ts`))
    .concat(["!**/*.test.ts", "!**/__tests__/**", ...NOT_CODE]);
  mkdirSync("reports/mutation", { recursive: true });
  writeFileSync(
    config,
    JSON.stringify({
      ...base,
      mutate,
      jsonReporter: { fileName: report },
      htmlReporter: { fileName: html },
      tempDirName: `.stryker-tmp/${name}`,
    }),
  );
  const tests = [...new Set(chosen.flatMap(testsOf))];
  // vitest.stryker.config.ts reads MUTATION_TESTS (comma-separated globs) as its `include`.
  const env = { ...process.env, MUTATION_TESTS: tests.join(",") };
  const run = spawnSync("npx", ["stryker", "run", config], { stdio: "inherit", env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// Stryker's own score: killed + timed out over everything valid (survived and uncovered included);
// mutants that do not compile or are switched off by a `// Stryker disable` comment do not count.
const DETECTED = new Set(["Killed", "Timeout"]);
const { files } = JSON.parse(readFileSync(report, "utf8"));
const scores = new Map();
for (const [path, file] of Object.entries(files)) {
  const row = scores.get(folderOf(path)) ?? { killed: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const mutant of file.mutants) {
    if (DETECTED.has(mutant.status)) row.killed += 1;
    if (mutant.status === "Survived") row.survived += 1;
    if (mutant.status === "NoCoverage") row.noCoverage += 1;
    if (mutant.status === "Ignored") row.ignored += 1;
  }
  scores.set(folderOf(path), row);
}
const header = ["folder", "score", "killed", "survived", "no coverage", "ignored"];
const rows = [...scores].sort().map(([folder, row]) => {
  const total = row.killed + row.survived + row.noCoverage;
  const score = total === 0 ? 100 : (100 * row.killed) / total;
  return [folder, `${score.toFixed(1)} %`, row.killed, row.survived, row.noCoverage, row.ignored].map(String);
});
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;
console.log(`\nMutation score per folder (${report}; HTML: ${html})`);
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line(row));

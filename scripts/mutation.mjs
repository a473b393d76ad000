// Runs StrykerJS over the folders named on the command line (default: every folder below) and prints
// one mutation score per folder. Not part of `npm test`: it takes long, like a benchmark.
// Usage: npm run mutation [-- src/lib backend/filter]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const FOLDERS = ["src/filter", "src/kanbert", "src/features/*/api", "src/lib", "backend/filter"];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : FOLDERS;
// One name per run, so runs over different folders can go side by side.
const name = chosen.join("+").replace(/[^a-z0-9+]+/gi, "-");
const report = `reports/mutation/${name}.json`;
const config = `reports/mutation/${name}.config.json`;

const base = JSON.parse(readFileSync("stryker.config.json", "utf8"));
const mutate = chosen.map((folder) => `${folder}/**/*.ts`).concat(["!**/*.test.ts", "!**/__tests__/**"]);
mkdirSync("reports/mutation", { recursive: true });
writeFileSync(
  config,
  JSON.stringify({
    ...base,
    mutate,
    jsonReporter: { fileName: report },
    tempDirName: `.stryker-tmp/${name}`,
  }),
);
const run = spawnSync("npx", ["stryker", "run", config], { stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
const { files } = JSON.parse(readFileSync(report, "utf8"));
const folderOf = (path) => {
  const match = FOLDERS.map((f) => new RegExp(`^${f.replace("*", "[^/]+")}/`)).find((re) => re.test(path));
  return match ? path.match(match)[0].slice(0, -1) : path;
};
const scores = new Map();
for (const [path, file] of Object.entries(files)) {
  const row = scores.get(folderOf(path)) ?? { detected: 0, undetected: 0 };
  for (const mutant of file.mutants) {
    if (DETECTED.has(mutant.status)) row.detected += 1;
    if (UNDETECTED.has(mutant.status)) row.undetected += 1;
  }
  scores.set(folderOf(path), row);
}
for (const [folder, { detected, undetected }] of [...scores].sort()) {
  const total = detected + undetected;
  const score = total === 0 ? 100 : (100 * detected) / total;
  console.log(`${folder}: ${score.toFixed(1)} % (${detected} killed of ${total})`);
}

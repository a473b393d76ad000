// The import rules of the architecture (README "Layout"), checked over the import graph by
// `npm run lint`. Usage: node scripts/check-boundaries.mjs [root]  — exits 1 and lists each broken rule.
//  - src/filter imports nothing of the project outside itself;
//  - src/kanbert imports only itself and src/filter;
//  - neither imports React or node:* modules;
//  - emulator/ imports from src/ only src/kanbert and src/filter;
//  - server/ imports from src/ only src/kanbert and src/filter (it runs the app's code from the
//    build: the page renderer the build brought, server/page-renderer.ts);
//  - backend/ imports from the project only itself, src/kanbert and src/filter;
//  - src/ never imports backend/, emulator/ or server/;
//  - a feature uses another feature only through its index.ts.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? ".");
const SOURCE = /\.(?:ts|tsx|mts|js|mjs)$/;
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*["']([^"']+)["']|(?:^|[\s;(])import\s*\(?\s*["']([^"']+)["']/gm;

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (SOURCE.test(name)) yield path;
  }
}

const rel = (path) => relative(root, path).split(sep).join("/");
const under = (path, folder) => path === folder || path.startsWith(`${folder}/`);
const featureOf = (path) => path.match(/^src\/features\/([^/]+)\//)?.[1];

/** The broken rule for one import, or null. `from` and `target` are root-relative; target null for packages. */
function broken(from, specifier, target) {
  const core = under(from, "src/filter") ? "src/filter" : under(from, "src/kanbert") ? "src/kanbert" : null;
  if (core !== null) {
    if (target === null && (specifier.startsWith("node:") || /^react(?:-dom)?(?:\/|$)/.test(specifier)))
      return `${core} must not import '${specifier}'`;
    if (target !== null && !under(target, core) && !(core === "src/kanbert" && under(target, "src/filter")))
      return `${core} must not import ${target}`;
  }
  if (target === null) return null;
  // The servers run the app's code only as the build made it (the server its page renderer).
  const server = ["emulator", "server"].find((folder) => under(from, folder));
  if (server && under(target, "src") && !under(target, "src/kanbert") && !under(target, "src/filter"))
    return `${server}/ may import from src/ only src/kanbert and src/filter, not ${target}`;
  if (
    under(from, "backend") &&
    !under(target, "backend") &&
    !under(target, "src/kanbert") &&
    !under(target, "src/filter")
  )
    return `backend/ may import only itself, src/kanbert and src/filter, not ${target}`;
  if (
    under(from, "src") &&
    (under(target, "backend") || under(target, "emulator") || under(target, "server"))
  )
    return `src/ must not import ${target}`;
  const [own, other] = [featureOf(from), featureOf(target)];
  if (
    own !== undefined &&
    other !== undefined &&
    own !== other &&
    !/^src\/features\/[^/]+\/index\.tsx?$/.test(target)
  )
    return `feature '${own}' must use feature '${other}' through its index.ts, not ${target}`;
  return null;
}

const problems = [];
for (const folder of ["src", "backend", "emulator", "server"]) {
  for (const file of files(join(root, folder))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      const target = specifier.startsWith(".") ? rel(resolve(dirname(file), specifier)) : null;
      const problem = broken(rel(file), specifier, target);
      if (problem !== null) problems.push(`${rel(file)}: ${problem}`);
    }
  }
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`${problems.length} import(s) break the architecture's rules`);
  process.exit(1);
}
console.log("import boundaries: ok");

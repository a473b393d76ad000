/**
 * Runs named benchmarks in sequence: `npm run bench -- [names…]` (no names = all).
 * Each benchmark module exports `run(): Promise<void>` and prints its own figures.
 */
const BENCHMARKS: Readonly<Record<string, () => Promise<{ run: () => Promise<void> }>>> = {
  seed: () => import("./seed.ts"),
  "emulator-latency": () => import("./emulator-latency.ts"),
  "clients-table": () => import("./clients-table.ts"),
  "emulator-load": () => import("./emulator-load.ts"),
  startup: () => import("./startup.ts"),
  mirror: () => import("./mirror.ts"),
  inbox: () => import("./inbox.ts"),
  bulk: () => import("./bulk.ts"),
};

const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : Object.keys(BENCHMARKS);
for (const name of names) {
  const load = Object.hasOwn(BENCHMARKS, name) ? BENCHMARKS[name] : undefined;
  if (load === undefined) {
    console.error(`unknown benchmark '${name}'; known: ${Object.keys(BENCHMARKS).join(", ")}`);
    process.exit(1);
  }
  console.log(`== ${name}`);
  const started = Date.now();
  await (await load()).run();
  console.log(`== ${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

export {};

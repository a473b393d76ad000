// Makes sure Debian's Chromium is there for Playwright (we never download Playwright's own browsers).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${path}: run 'sudo apt-get install -y chromium' and try again.`);
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package with apt-get…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
    shell: "/bin/bash",
  });
}

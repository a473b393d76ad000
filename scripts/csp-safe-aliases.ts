import { fileURLToPath } from "node:url";

/**
 * Libraries whose inline <style> injection the production CSP refuses, swapped for our own
 * stand-ins, in the build and in unit tests alike (see src/ui/remove-scroll.tsx).
 */
export const cspSafeAliases = [
  {
    find: /^react-remove-scroll$/,
    replacement: fileURLToPath(new URL("../src/ui/remove-scroll.tsx", import.meta.url)),
  },
];

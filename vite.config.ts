import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";
import { cspSafeAliases } from "./scripts/csp-safe-aliases.ts";
import { precompress } from "./scripts/precompress-plugin.ts";
import { prerender } from "./scripts/prerender-plugin.ts";

// The dashboard talks to `/api/v1` on its own origin; this proxy forwards it to the emulator
// (or to whatever KANBERT_PROXY_TARGET names), in both `vite` and `vite preview`.
const target = process.env.KANBERT_PROXY_TARGET ?? "http://127.0.0.1:8787";
// The bundle carries no token. For development the proxy signs requests that carry none with the
// emulator's development token, so `npm start` shows data with nothing configured.
const devToken = process.env.KANBERT_DEV_TOKEN ?? "dev-token";
const api: ProxyOptions = {
  target,
  changeOrigin: true,
  configure(proxy) {
    proxy.on("proxyReq", (proxyReq, req) => {
      if (!req.headers.authorization) proxyReq.setHeader("Authorization", `Bearer ${devToken}`);
    });
  },
};
const proxy = { "/api": api };

export default defineConfig({
  plugins: [react(), tailwindcss(), prerender(), precompress()],
  resolve: { alias: cspSafeAliases },
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, strictPort: false, proxy },
  // Hidden: maps are written for error reporting, not referenced by the bundle nor served.
  build: {
    target: "es2022",
    sourcemap: "hidden",
    rolldownOptions: {
      output: {
        // zod's core and its configuration in one chunk: whichever module parses first (some do
        // while loading), zod is already jitless, so it never probes `new Function`, which the CSP
        // (no 'unsafe-eval') reports as a violation. Classic zod (the API's schemas) in a chunk of
        // its own that imports the core one, so the entry (zod/mini for URL schemas) loads no more
        // than the core.
        codeSplitting: {
          groups: [
            {
              name: "zod-classic",
              priority: 2,
              // Only classic zod itself: its dependencies (the core) stay in the "zod" chunk.
              includeDependenciesRecursively: false,
              test: /node_modules[\\/]zod[\\/](index\.js|v4[\\/](index\.js|classic[\\/]|core[\\/](to-)?json-schema))/,
            },
            { name: "zod", priority: 1, test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zod-config/ },
          ],
        },
      },
    },
  },
});

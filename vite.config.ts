import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";
import { cspSafeAliases } from "./scripts/csp-safe-aliases.ts";
import { precompress } from "./scripts/precompress-plugin.ts";

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
  plugins: [react(), tailwindcss(), precompress()],
  resolve: { alias: cspSafeAliases },
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, strictPort: false, proxy },
  // Hidden: maps are written for error reporting, not referenced by the bundle nor served.
  build: {
    target: "es2022",
    sourcemap: "hidden",
    rolldownOptions: {
      output: {
        // zod and its configuration in one chunk, configuration included: whichever module parses
        // first (some do while loading), zod is already jitless, so it never probes `new Function`,
        // which the CSP (no 'unsafe-eval') reports as a violation.
        advancedChunks: {
          groups: [{ name: "zod", test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zod-config/ }],
        },
      },
    },
  },
});

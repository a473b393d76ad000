import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dashboard talks to `/api/v1` on its own origin; this proxy forwards it to the emulator
// (or to whatever KANBERT_PROXY_TARGET names), in both `vite` and `vite preview`.
const target = process.env.KANBERT_PROXY_TARGET ?? "http://127.0.0.1:8787";
const proxy = { "/api": { target, changeOrigin: true } };

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, strictPort: false, proxy },
  build: { target: "es2022", sourcemap: true },
});

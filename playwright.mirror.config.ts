import { defineConfig } from "@playwright/test";
import { e2eSetup } from "./e2e/playwright-shared.ts";

// The comments mirror end to end: the emulator answers like the real Kanbert (`--no-extensions`:
// no comment listing), delivers signed webhooks to the production server, which stores them and
// answers the dashboard's comment listing itself. The server subscribes on start
// (MIRROR_RESUBSCRIBE_MIN).
const e2e = e2eSetup({ emulatorPort: 8792, appPort: 4180, report: "playwright-mirror.json" });

export default defineConfig({
  ...e2e.config,
  testDir: "e2e/mirror",
  webServer: [
    e2e.emulator("--clients 40 --no-extensions --webhook-debounce-ms 200 --webhook-backoff-ms 300"),
    e2e.server(
      {
        COMMENTS_MIRROR: "1",
        COMMENTS_DATA: "memory",
        KANBERT_TOKEN: "dev-token",
        MIRROR_RESUBSCRIBE_MIN: "1",
      },
      { timeout: 120_000, stdout: "pipe" },
    ),
  ],
});

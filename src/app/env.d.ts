/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Kanbert API, e.g. `https://api.kanbert.com/api/v1`; defaults to the dev proxy. */
  readonly VITE_KANBERT_BASE_URL?: string;
  /** Token used until the user saves another; defaults to the emulator's development token. */
  readonly VITE_KANBERT_TOKEN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Kanbert API, e.g. `https://api.kanbert.com/api/v1`; defaults to the dev proxy. */
  readonly VITE_KANBERT_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

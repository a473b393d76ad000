/** Starts loading the export's work (./export-work.ts); later calls reuse the first. */
export const loadExportWork = () => import("./export-work.ts");

/** For hover and focus: start loading, and leave a failure to the click, which reports it. */
export const prefetchExportWork = () => void loadExportWork().catch(() => undefined);

import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "../../../ui/toast-store.ts";
import { describeConnectionError, useHttp } from "../../settings/index.ts";
import type { ExportSource } from "../api/export-clients.ts";
import type { ClientListParams } from "../api/keys.ts";
import type { ClientColumnId } from "../view/column-catalogue.ts";
import { loadExportWork } from "./load-export-work.ts";

export type ExportState =
  | { status: "idle" }
  | { status: "running"; rows: number }
  | { status: "failed"; message: string };

/**
 * Exports every row of the current view as CSV (or a bulk selection of it), with progress and
 * Cancel. `start` resolves to the number of rows exported, or null when it failed or was cancelled.
 */
export function useCsvExport(params: ClientListParams, columns: readonly ClientColumnId[]) {
  const http = useHttp();
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (source: ExportSource = { kind: "view" }): Promise<number | null> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: "running", rows: 0 });
      try {
        const { csvFileName, downloadText, exportClientsCsv } = await loadExportWork();
        if (abort.signal.aborted) return null;
        const { lines, rows } = await exportClientsCsv({
          http,
          params,
          columns,
          signal: abort.signal,
          onProgress: (count) => setState({ status: "running", rows: count }),
          source,
        });
        downloadText(lines, csvFileName("clients", new Date()));
        setState({ status: "idle" });
        toast.success(`Exported ${rows.toLocaleString()} client${rows === 1 ? "" : "s"} to CSV.`);
        return rows;
      } catch (error) {
        if (!abort.signal.aborted)
          setState({ status: "failed", message: describeConnectionError(error, http.connection.baseUrl) });
        return null;
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [http, params, columns],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: "idle" });
  }, []);

  return { state, start, cancel, dismiss: cancel };
}

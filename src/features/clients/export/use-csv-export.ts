import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "../../../ui/toast-store.ts";
import { describeConnectionError, useHttp } from "../../settings/index.ts";
import type { ClientListParams } from "../api/keys.ts";
import type { ClientColumnId } from "../view/columns.ts";
import { loadExportWork } from "./load-export-work.ts";

export type ExportState =
  | { status: "idle" }
  | { status: "running"; rows: number }
  | { status: "failed"; message: string };

/** Exports every row of the current view as CSV, with progress and Cancel. */
export function useCsvExport(params: ClientListParams, columns: readonly ClientColumnId[]) {
  const http = useHttp();
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: "running", rows: 0 });
    try {
      const { csvFileName, downloadText, exportClientsCsv } = await loadExportWork();
      if (abort.signal.aborted) return;
      const { lines, rows } = await exportClientsCsv({
        http,
        params,
        columns,
        signal: abort.signal,
        onProgress: (count) => setState({ status: "running", rows: count }),
      });
      downloadText(lines, csvFileName("clients", new Date()));
      setState({ status: "idle" });
      toast.success(`Exported ${rows.toLocaleString()} client${rows === 1 ? "" : "s"} to CSV.`);
    } catch (error) {
      if (abort.signal.aborted) return;
      setState({ status: "failed", message: describeConnectionError(error, http.connection.baseUrl) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, [http, params, columns]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: "idle" });
  }, []);

  return { state, start, cancel, dismiss: cancel };
}

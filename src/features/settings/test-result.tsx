import { Spinner } from "../../ui/spinner.tsx";
import type { ConnectionTestResult } from "./use-connection-test.ts";

/** The outcome of "Test connection"; both regions stay mounted so screen readers announce changes. */
export function TestResult({ result }: { result: ConnectionTestResult }) {
  return (
    <>
      <div role="status" className="text-sm empty:hidden">
        {result.status === "testing" && (
          <p className="flex items-center gap-2 text-slate-600 dark:text-slate-400">
            <Spinner /> Testing the connection…
          </p>
        )}
        {result.status === "success" && (
          <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200">
            {result.message}
          </p>
        )}
      </div>
      <div role="alert" className="text-sm empty:hidden">
        {result.status === "failure" && (
          <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200">
            {result.message}
          </p>
        )}
      </div>
    </>
  );
}

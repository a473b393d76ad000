import { useCallback, useEffect, useRef, useState } from "react";
import type { Connection } from "../../kanbert/http.ts";
import { whoami } from "../../kanbert/users.ts";
import { describeUser } from "./current-user.tsx";
import { describeConnectionError } from "./describe-error.ts";
import { useCreateHttpClient } from "./use-http.ts";

export type ConnectionTestResult =
  | { status: "idle" }
  | { status: "testing" }
  | { status: "success"; message: string }
  | { status: "failure"; message: string };

/** Calls `GET /whoami` with values that are not saved yet and explains the outcome. */
export function useConnectionTest() {
  const createClient = useCreateHttpClient();
  const [result, setResult] = useState<ConnectionTestResult>({ status: "idle" });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(
    async (connection: Connection) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setResult({ status: "testing" });
      try {
        const user = await whoami(createClient(connection), controller.signal);
        if (!controller.signal.aborted) {
          setResult({ status: "success", message: `Connected as ${describeUser(user)}` });
        }
      } catch (error) {
        if (!controller.signal.aborted) {
          setResult({ status: "failure", message: describeConnectionError(error, connection.baseUrl) });
        }
      }
    },
    [createClient],
  );

  /** Whether the API accepts the connection, without showing a result (the caller words it). */
  const accepts = useCallback(
    async (connection: Connection) => {
      try {
        await whoami(createClient(connection));
        return true;
      } catch {
        return false;
      }
    },
    [createClient],
  );

  const reset = useCallback(() => {
    running.current?.abort();
    setResult({ status: "idle" });
  }, []);

  return { result, run, reset, accepts };
}

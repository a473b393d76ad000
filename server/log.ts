import type { MiddlewareHandler } from "hono";

/** What one request leaves in the log: no query string, no headers, no bodies, so no token or secret. */
export interface RequestLogLine {
  time: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

export type WriteLogLine = (line: RequestLogLine) => void;

export const writeJsonLine: WriteLogLine = (line) => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

/** One structured line per request, written when the response is ready. */
export function requestLog(write: WriteLogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    write({
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

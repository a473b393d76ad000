import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { z } from "zod";

const Body = z.looseObject({
  event: z.string(),
  data: z.looseObject({ id: z.string(), comment: z.string().nullable().optional() }),
});

interface Received {
  at: number;
  headers: IncomingMessage["headers"];
  raw: string;
  body: z.infer<typeof Body>;
}

/** A webhook receiver on 127.0.0.1 that records every POST; `answer` picks the status per call. */
export async function startReceiver(answer: (n: number) => number = () => 200) {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      received.push({ at: Date.now(), headers: req.headers, raw, body: Body.parse(JSON.parse(raw)) });
      res.statusCode = answer(received.length);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("receiver without a port");
  return {
    url: `http://127.0.0.1:${address.port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

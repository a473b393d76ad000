import { z } from "zod";

/** What the bench asks of load-client.ts (argv JSON) and what it prints back (one JSON line). */
export const LoadRequest = z.object({
  url: z.string().url(),
  token: z.string(),
  connections: z.number().int().positive(),
  seconds: z.number().positive(),
});
export type LoadRequest = z.infer<typeof LoadRequest>;

export const LoadResult = z.object({
  requests: z.number(),
  perSecond: z.number(),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  errors: z.number(),
  over2s: z.number(),
});
export type LoadResult = z.infer<typeof LoadResult>;

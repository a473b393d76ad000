import autocannon from "autocannon";
import { LoadRequest, type LoadResult } from "./load-protocol.ts";
import { percentile } from "./stats.ts";

/**
 * The load generator of `emulator-load`, run as its own process so its work does not delay the
 * bench's `/health` prober: `node --import tsx bench/lib/load-client.ts '<LoadRequest JSON>'`.
 * Prints one line of LoadResult JSON. Latencies are every response's time, so p95 and the count
 * over 2 s are exact (autocannon's own histogram has no p95).
 */

async function main(): Promise<void> {
  const request = LoadRequest.parse(JSON.parse(process.argv[2] ?? "{}"));
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        connections: request.connections,
        duration: request.seconds,
        headers: { authorization: `Bearer ${request.token}` },
        timeout: 10,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const summary: LoadResult = {
    requests: latencies.length,
    perSecond: result["2xx"] / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    // Connection errors include timeouts (10 s); a non-2xx answer is an error too.
    errors: result.errors + result.non2xx,
    over2s: latencies.filter((ms) => ms > 2_000).length + result.timeouts,
  };
  console.log(JSON.stringify(summary));
}

await main();

import { isIP } from "node:net";

/** Deliveries go to the loopback interface only, unless the emulator runs with `--webhooks-any-host`. */
export function isLoopbackUrl(raw: string): boolean {
  if (!URL.canParse(raw)) return false;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1" || host === "0:0:0:0:0:0:0:1";
}

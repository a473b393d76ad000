import type { MiddlewareHandler } from "hono";

/**
 * The app's Content-Security-Policy: everything from this origin, nothing inline, never framed.
 * A page rendered with its data (server/first-page.ts) also allows the one `<style>` element that
 * carries its nonce, made for that response alone.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}
const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Browser features the dashboard never uses. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
].join(", ");

const HSTS = "max-age=31536000; includeSubDomains";

/** Whether the browser reached us over TLS: directly, or through a trusted proxy that says so. */
export function servedOverTls(url: string, forwardedProto: string | undefined, trustProxy: boolean): boolean {
  if (new URL(url).protocol === "https:") return true;
  return trustProxy && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Sets the security headers on every response, errors included. */
export function securityHeaders({ trustProxy }: { trustProxy: boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    // A response with a policy of its own (a nonce) keeps it.
    if (!headers.has("Content-Security-Policy"))
      headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Permissions-Policy", PERMISSIONS_POLICY);
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    if (servedOverTls(c.req.url, c.req.header("X-Forwarded-Proto"), trustProxy)) {
      headers.set("Strict-Transport-Security", HSTS);
    }
  };
}

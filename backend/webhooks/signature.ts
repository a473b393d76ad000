import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The webhook signature (SPEC §8): HMAC SHA-256 of the raw body with the subscription's secret.
 * Header name and encoding are an ASSUMPTION (`X-Kanbert-Signature`, hex); both are parameters here.
 */
export type SignatureEncoding = "hex" | "base64";

export const DEFAULT_SIGNATURE_HEADER = "X-Kanbert-Signature";
export const DEFAULT_SIGNATURE_ENCODING: SignatureEncoding = "hex";

export function sign(
  secret: string,
  raw: Uint8Array | string,
  encoding = DEFAULT_SIGNATURE_ENCODING,
): string {
  return createHmac("sha256", secret).update(raw).digest(encoding);
}

/** Constant time: compares the decoded digests, equal lengths only (a prefix `sha256=` is accepted). */
export function verify(
  secret: string,
  raw: Uint8Array,
  header: string,
  encoding = DEFAULT_SIGNATURE_ENCODING,
): boolean {
  const text = header.trim().replace(/^sha256=/i, "");
  const wellFormed = encoding === "hex" ? /^[0-9a-f]{64}$/i.test(text) : /^[A-Za-z0-9+/]{43}=$/.test(text);
  if (!wellFormed) return false;
  const given = Buffer.from(text, encoding);
  const expected = createHmac("sha256", secret).update(raw).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

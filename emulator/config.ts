/** Fixed identities of the emulator (stable across seeds so tests and the dashboard can rely on them). */

/** The calling integration's slug: the default `external_origin` and `find_by=external_id` origin. */
export const INTEGRATION_SLUG = "kanbert-console";

export const HOME_SPACE_ID = "5a0e0000-0000-4000-8000-000000000001";
export const INTEGRATION_USER_ID = "05e40000-0000-4000-8000-000000000001";

export const DEFAULT_TOKEN = "dev-token";
export const DEFAULT_PORT = 8787;
export const DEFAULT_CLIENTS = 2000;
export const DEFAULT_DATA_DIR = ".emulator-data";

/**
 * Largest request body (bytes). The largest legal body is a 65,535-character comment plus its
 * fields; written entirely as `\uXXXX` escapes that is ≈ 393 KB, so 512 KiB refuses nothing legal.
 */
export const MAX_BODY_BYTES = 512 * 1024;

/**
 * A unique index refused a write (SQLSTATE 23505): a concurrent writer took the key between our
 * check and our insert/update. Recognised by the error's `code` only — the one property every
 * driver (pg, PGlite, PGlite behind a worker) keeps.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "23505";
}

const UNIQUE_RETRIES = 10;

/**
 * Runs `write` (a whole transaction) again when a concurrent writer won the race for a unique key:
 * the next run's checks see the winner's committed row and answer the same 422 as sequential
 * requests, and a generated shortcode is generated afresh. Each round lets at least one writer
 * commit, so a few rounds settle any burst; past `attempts` the violation is rethrown.
 */
export async function retryOnUniqueViolation<T>(
  write: () => Promise<T>,
  attempts = UNIQUE_RETRIES,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= attempts) throw error;
    }
  }
}

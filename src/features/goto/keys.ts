/**
 * Query keys of Go to client. Its searches hold a plain `GET /clients` page, not a clients list or
 * detail, so they live outside the `['clients']` hierarchy: the clients feature's cache sweeps
 * (snapshot, cancel, rollback) never touch them.
 */
export const goToKeys = {
  all: ["go-to-client"] as const,
  search: (filter: string) => [...goToKeys.all, "search", filter] as const,
};

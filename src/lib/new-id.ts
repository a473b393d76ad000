/** A random id (UUID where the browser offers one). */
export const newId = (): string =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `v${Date.now()}${Math.random()}`;

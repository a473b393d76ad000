/**
 * Resolves when `promise` settles (either way) or `ms` have passed, whichever comes first: for
 * waiting a moment for something that helps but must not hold things up.
 */
export function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

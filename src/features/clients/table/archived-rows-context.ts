import { createContext, use } from "react";

/** The ids of the shown rows that are archived (known in the "All" mode; empty otherwise). */
export const ArchivedRowsContext = createContext<ReadonlySet<string>>(new Set());

export function useIsArchivedRow(id: string): boolean {
  return use(ArchivedRowsContext).has(id);
}

import { createContext, useContext } from "react";

/** The index of the row whose link Tab reaches (roving tabindex); -1 for none. */
export const TabbableRowContext = createContext(-1);

export function useIsTabbableRow(index: number): boolean {
  return useContext(TabbableRowContext) === index;
}

import { useMemo } from "react";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import type { RowSelection } from "../table/row-selection.tsx";
import { DeferredBulkActions } from "./deferred-bulk.tsx";
import { extendTo, isSelected, loadedState, NO_SELECTION, selectLoaded, toggle } from "./selection.ts";
import type { BulkController } from "./use-bulk.ts";

/** The bar's actions are wanted as soon as anything is (about to be) selected: fetch them now. */
const prepare = () => void DeferredBulkActions.preload().catch(() => undefined);

/** The table's RowSelection over the loaded rows, driven by the bulk selection model. */
export function useRowSelection(
  bulk: BulkController,
  rows: readonly ClientFullData[],
  toBar: () => void,
): RowSelection {
  const { selection, setSelection } = bulk;
  return useMemo(() => {
    const ids = rows.map((row) => row.id);
    const loaded = loadedState(selection, ids);
    return {
      isSelected: (id) => isSelected(selection, id),
      loaded,
      hasRows: ids.length > 0,
      select: (index, extend) => {
        prepare();
        const id = ids[index];
        if (id !== undefined) setSelection((s) => (extend ? extendTo(s, ids, id) : toggle(s, id)));
      },
      extend: (from, to) => {
        prepare();
        const fromId = ids[from];
        const toId = ids[to];
        if (fromId === undefined || toId === undefined) return;
        setSelection((s) => {
          const anchored =
            s.anchor === null ? (isSelected(s, fromId) ? { ...s, anchor: fromId } : toggle(s, fromId)) : s;
          return extendTo(anchored, ids, toId);
        });
      },
      toggleLoaded: () => {
        prepare();
        setSelection(loaded === "all" ? NO_SELECTION : selectLoaded(ids));
      },
      selectLoaded: () => {
        prepare();
        setSelection(selectLoaded(ids));
      },
      clear: () => setSelection(NO_SELECTION),
      toBar,
      prepare,
    };
  }, [selection, setSelection, rows, toBar]);
}

import { ArrowDownIcon, ArrowUpIcon, CopyIcon, TrashIcon } from "../icons.tsx";
import { useBuilder } from "./builder-context.ts";
import type { RowId } from "./draft.ts";
import { iconButtonClasses } from "./styles.ts";

export interface Place {
  index: number;
  count: number;
  parentId: RowId;
  /** The sibling that takes focus when this one is deleted. */
  neighbourId: RowId | undefined;
}

/** Move up / down, duplicate and delete for a row or group; focus follows the moved row. */
export function RowActions({ id, what, place }: { id: RowId; what: string; place: Place }) {
  const { dispatch, requestFocus } = useBuilder();
  const move = (direction: "up" | "down") => {
    dispatch({ type: "move", id, direction });
    requestFocus({ id, target: direction });
  };
  const remove = () => {
    dispatch({ type: "remove", id });
    requestFocus(
      place.neighbourId ? { id: place.neighbourId, target: "field" } : { id: place.parentId, target: "add" },
    );
  };
  const duplicate = () => {
    dispatch({ type: "duplicate", id });
    requestFocus({ id, target: "field" });
  };
  return (
    <div className="ml-auto flex shrink-0 items-center">
      <button
        type="button"
        data-focus="up"
        className={iconButtonClasses}
        aria-label={`Move ${what} up`}
        title="Move up"
        disabled={place.index === 0}
        onClick={() => move("up")}
      >
        <ArrowUpIcon />
      </button>
      <button
        type="button"
        data-focus="down"
        className={iconButtonClasses}
        aria-label={`Move ${what} down`}
        title="Move down"
        disabled={place.index === place.count - 1}
        onClick={() => move("down")}
      >
        <ArrowDownIcon />
      </button>
      <button
        type="button"
        className={iconButtonClasses}
        aria-label={`Duplicate ${what}`}
        title="Duplicate"
        onClick={duplicate}
      >
        <CopyIcon />
      </button>
      <button
        type="button"
        className={`${iconButtonClasses} hover:text-red-700 dark:hover:text-red-400`}
        aria-label={`Delete ${what}`}
        title="Delete"
        onClick={remove}
      >
        <TrashIcon />
      </button>
    </div>
  );
}

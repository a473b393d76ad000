import { Link } from "@tanstack/react-router";
import { focusRing } from "../../../ui/focus.ts";
import { useBackToList } from "./use-back-to-list.ts";

/** "Back to clients": returns to the list as it was left (a plain click); a real link otherwise. */
export function BackToClientsLink() {
  const back = useBackToList();
  return (
    <p>
      <Link
        to="/clients"
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          back();
        }}
        className={`rounded-sm text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}
      >
        <span aria-hidden="true">← </span>Back to clients
      </Link>
    </p>
  );
}

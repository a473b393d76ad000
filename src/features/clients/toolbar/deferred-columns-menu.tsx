import { Button } from "../../../ui/button.tsx";
import { deferred } from "../../../ui/deferred.tsx";
import { ColumnsIcon } from "./columns-icon.tsx";
import type { ColumnsMenuProps } from "./columns-menu.tsx";

/** "Columns" loads with its popover code after the table has painted; until then the same button stands in, marked unavailable. */
export const DeferredColumnsMenu = deferred<ColumnsMenuProps>(
  () => import("./columns-menu.tsx").then((module) => module.ColumnsMenu),
  (_props, standIn) => (
    <Button {...standIn}>
      <ColumnsIcon />
      Columns
    </Button>
  ),
);

import { Button } from "../../../ui/button.tsx";
import { deferred } from "../../../ui/deferred.tsx";
import { ColumnsIcon } from "./columns-icon.tsx";
import type { ColumnsMenuProps } from "./columns-menu.tsx";

/** "Columns" loads with its popover code after the table has painted; until then it shows disabled. */
export const DeferredColumnsMenu = deferred<ColumnsMenuProps>(
  () => import("./columns-menu.tsx").then((module) => module.ColumnsMenu),
  () => (
    <Button disabled>
      <ColumnsIcon />
      Columns
    </Button>
  ),
);

import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { ClientLookup } from "../../../kanbert/query.ts";
import { Button } from "../../../ui/button.tsx";
import type { ClientDetail } from "../api/detail-model.ts";
import { EditClientDialog } from "../forms/edit-client-dialog.tsx";
import { ExternalIdDialog } from "../forms/external-id-dialog.tsx";
import { ShortcodeDialog } from "../forms/shortcode-dialog.tsx";
import { DeleteClientButton } from "./delete-client-button.tsx";
import { RestoreClientButton } from "./restore-client-button.tsx";

type Open = "edit" | "shortcode" | "external" | null;

/** Edit, Change shortcode, Set external identifier, and Delete — or Restore when archived. */
export function ClientActions({ detail, lookup }: { detail: ClientDetail; lookup: ClientLookup }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>(null);
  const dialog = (which: Exclude<Open, null>) => ({
    detail,
    open: open === which,
    onOpenChange: (next: boolean) => setOpen(next ? which : null),
  });
  // A page opened by the shortcode or external id would lose its client when that key changes:
  // move it to the address by id, which does not change.
  const onKeyChanged = (changed: ClientLookup["findBy"]) => () => {
    if (lookup.findBy !== changed) return;
    void navigate({ to: "/clients/$clientId", params: { clientId: detail.client.id }, replace: true });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="primary" onClick={() => setOpen("edit")}>
        Edit
      </Button>
      <Button onClick={() => setOpen("shortcode")}>Change shortcode</Button>
      <Button onClick={() => setOpen("external")}>Set external identifier</Button>
      {detail.archived ? (
        <RestoreClientButton client={detail.client} />
      ) : (
        <DeleteClientButton client={detail.client} />
      )}
      <EditClientDialog {...dialog("edit")} />
      <ShortcodeDialog {...dialog("shortcode")} onChanged={onKeyChanged("shortcode")} />
      <ExternalIdDialog {...dialog("external")} onChanged={onKeyChanged("external_id")} />
    </div>
  );
}

import { useState } from "react";
import type { ClientData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { ConfirmDialog } from "../../../ui/confirm-dialog.tsx";
import { queuedFor } from "../api/client-queue.ts";
import { useDeleteClient } from "../api/use-client-lifecycle.ts";
import { useBackToList } from "./use-back-to-list.ts";

/**
 * Delete asks first; once archived the list it came from opens (unless a Restore was asked for
 * meanwhile) and a toast offers Undo (restore at once).
 */
export function DeleteClientButton({ client }: { client: ClientData }) {
  const backToList = useBackToList();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteClient();
  const confirm = async () => {
    const pending = remove.mutateAsync({ id: client.id, name: client.name });
    setAsking(false);
    const deleted = await pending;
    // A Restore clicked meanwhile (the page shows the client archived at once) runs next: stay.
    if (deleted && queuedFor(client.id) === 0) backToList();
  };
  return (
    <>
      <Button variant="danger-ghost" onClick={() => setAsking(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={asking}
        title={`Delete “${client.name}”?`}
        description="The client is archived: it leaves the client lists and can be restored from the archived view."
        confirmLabel={remove.isPending ? "Deleting…" : "Delete client"}
        destructive
        pending={remove.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

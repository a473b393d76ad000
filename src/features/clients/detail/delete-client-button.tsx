import { useState } from "react";
import type { ClientData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { useDeleteClient } from "../api/use-client-lifecycle.ts";
import { ConfirmDialog } from "../forms/confirm-dialog.tsx";
import { useBackToList } from "./use-back-to-list.ts";

/** Delete asks first; once archived the list it came from opens and a toast offers Undo (restore at once). */
export function DeleteClientButton({ client }: { client: ClientData }) {
  const backToList = useBackToList();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteClient();
  const confirm = async () => {
    const deleted = await remove.mutateAsync({ id: client.id, name: client.name });
    setAsking(false);
    if (deleted) backToList();
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

import type { ClientData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { useRestoreClient } from "../api/use-client-lifecycle.ts";

/** Restore of an archived client (`POST /clients/{id}/restore`); the outcome is toasted. */
export function RestoreClientButton({ client }: { client: ClientData }) {
  const restore = useRestoreClient();
  return (
    <Button
      variant="primary"
      disabled={restore.isPending}
      onClick={() => restore.mutate({ id: client.id, name: client.name })}
    >
      {restore.isPending ? "Restoring…" : "Restore"}
    </Button>
  );
}

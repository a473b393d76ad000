import { Dialog } from "../../ui/dialog.tsx";
import { NotConnected, useConnection } from "../settings/index.ts";
import { ClientSearch } from "./client-search.tsx";

/** The dialog of "Go to client" (its own chunk: the header should not carry the API client). */
export default function GoToDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { state } = useConnection();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Go to client"
      description="Find a client by name or shortcode."
    >
      {state.status === "connected" ? <ClientSearch onDone={() => onOpenChange(false)} /> : <NotConnected />}
    </Dialog>
  );
}

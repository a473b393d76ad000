import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import type { ClientData } from "../../kanbert/schemas.ts";
import { Combobox } from "../../ui/combobox.tsx";
import { searchStatus } from "../../ui/search-status.ts";
import { ClientOption } from "./client-option.tsx";
import { useClientSearch } from "./use-client-search.ts";

/** The search inside "Go to client": type, move with the arrows, Enter opens the client. */
export function ClientSearch({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const search = useClientSearch(text);
  const typed = text.trim() !== "";
  const clients = typed ? (search.data?.data ?? []) : [];
  const status = !typed
    ? "Type part of a client's name or shortcode."
    : (searchStatus(typed, search, clients.length, "clients") ??
      `${clients.length === 10 ? "First 10" : clients.length} matching client${clients.length === 1 ? "" : "s"}.`);
  return (
    <Combobox<ClientData>
      label="Name or shortcode"
      listLabel="Matching clients"
      inline
      placeholder="e.g. Acme or ACME"
      inputValue={text}
      onInputChange={setText}
      items={clients}
      itemKey={(client) => client.id}
      renderItem={(client) => <ClientOption client={client} />}
      onSelect={(client) => {
        onDone();
        void navigate({ to: "/clients/$clientId", params: { clientId: client.id } });
      }}
      status={status}
    />
  );
}

import { useState } from "react";
import type { ClientData } from "../../../kanbert/schemas.ts";
import { Button } from "../../../ui/button.tsx";
import { Combobox } from "../../../ui/combobox.tsx";
import { searchStatus } from "../../../ui/search-status.ts";
import { ClientOption, useClientSearch } from "../../goto/index.ts";
import { useClientName } from "../api/use-client-name.ts";

export interface ClientPickerProps {
  /** The chosen client's id, if any. */
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}

/**
 * The client quick filter: type part of a name or shortcode, pick a client; "Any client" clears it.
 * The box shows the chosen client's name while nobody is typing in it.
 */
export function ClientPicker({ value, onChange }: ClientPickerProps) {
  const [text, setText] = useState<string | null>(null);
  const chosenName = useClientName(value);
  const search = useClientSearch(text ?? "");
  const typed = text !== null && text.trim() !== "";
  const clients = typed ? (search.data?.data ?? []) : [];
  const status = searchStatus(typed, search, clients.length, "clients");
  return (
    <div className="flex items-end gap-1">
      <div className="w-56">
        <Combobox<ClientData>
          label="Client"
          listLabel="Matching clients"
          placeholder="Any client"
          inputValue={text ?? chosenName ?? (value === undefined ? "" : "…")}
          onInputChange={setText}
          onBlur={() => setText(null)}
          items={clients}
          itemKey={(client) => client.id}
          renderItem={(client) => <ClientOption client={client} />}
          onSelect={(client) => {
            setText(null);
            onChange(client.id);
          }}
          status={status}
        />
      </div>
      {value !== undefined && (
        <Button
          size="sm"
          aria-label="Any client (clear the client filter)"
          onClick={() => onChange(undefined)}
        >
          Any client
        </Button>
      )}
    </div>
  );
}

import type { ClientData } from "../../kanbert/schemas.ts";

/** A client in a search list: its name, and its shortcode on the right. */
export function ClientOption({ client }: { client: ClientData }) {
  return (
    <span className="flex items-baseline justify-between gap-3">
      <span className="truncate font-medium">{client.name}</span>
      {client.shortcode && (
        <span className="shrink-0 font-mono text-xs text-slate-600 dark:text-slate-400">
          {client.shortcode}
        </span>
      )}
    </span>
  );
}

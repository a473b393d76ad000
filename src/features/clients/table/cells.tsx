import { Link } from "@tanstack/react-router";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { formatDate } from "../../../lib/dates.ts";
import { focusRing } from "../../../ui/focus.ts";
import { contactText, externalText, projectsText } from "../view/cell-text.ts";
import { useIsArchivedRow } from "./archived-rows-context.ts";
import { useIsTabbableRow } from "./row-focus-context.ts";

const muted = "text-slate-400 dark:text-slate-500";
const none = (
  <>
    <span className={muted} aria-hidden="true">
      —
    </span>
    <span className="sr-only">none</span>
  </>
);

export function NameCell({ client, index }: { client: ClientFullData; index: number }) {
  const tabbable = useIsTabbableRow(index);
  const archived = useIsArchivedRow(client.id);
  return (
    <span className="flex min-w-0 items-center gap-2">
      <Link
        to="/clients/$clientId"
        params={{ clientId: client.id }}
        tabIndex={tabbable ? 0 : -1}
        data-row-link=""
        title={client.name}
        aria-label={archived ? `${client.name}, archived` : undefined}
        className={`block truncate rounded-sm font-medium text-slate-900 hover:text-indigo-700 hover:underline dark:text-slate-100 dark:hover:text-indigo-300 ${focusRing}`}
      >
        {client.name}
      </Link>
      {archived && (
        <span
          aria-hidden="true"
          className="shrink-0 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-700 dark:text-slate-200"
        >
          Archived
        </span>
      )}
    </span>
  );
}

export function TextCell({ value, mono }: { value: string | null; mono?: boolean }) {
  if (!value) return none;
  return (
    <span title={value} className={`block truncate ${mono ? "font-mono text-xs" : ""}`}>
      {value}
    </span>
  );
}

const segmentTone = {
  A: "bg-emerald-50 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-400/30",
  B: "bg-sky-50 text-sky-800 ring-sky-600/20 dark:bg-sky-950/60 dark:text-sky-300 dark:ring-sky-400/30",
  C: "bg-amber-50 text-amber-900 ring-amber-600/20 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-400/30",
} as const;

export function SegmentCell({ segment }: { segment: ClientFullData["segment"] }) {
  return (
    <span
      className={`inline-flex min-w-6 justify-center rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${segmentTone[segment]}`}
    >
      {segment}
    </span>
  );
}

export function ContactCell({ client }: { client: ClientFullData }) {
  const name = contactText(client);
  if (!name) return none;
  return (
    <span title={client.primary_contact?.email} className="block truncate">
      {name}
    </span>
  );
}

export function ProjectsCell({ client }: { client: ClientFullData }) {
  const count = client.projects?.length ?? 0;
  const names = projectsText(client);
  return (
    <span className="flex min-w-0 items-center gap-2" title={names || undefined}>
      <span className="inline-flex min-w-6 shrink-0 justify-center rounded-full bg-slate-100 px-1.5 text-xs font-medium text-slate-700 tabular-nums dark:bg-slate-800 dark:text-slate-300">
        {count}
      </span>
      {names && <span className="truncate text-slate-600 dark:text-slate-400">{names}</span>}
    </span>
  );
}

export function ExternalCell({ client }: { client: ClientFullData }) {
  if (!client.external_id) return none;
  return (
    <span className="block truncate" title={externalText(client)}>
      <span className="font-mono text-xs">{client.external_id}</span>
      {client.external_origin && (
        <span className="ml-1.5 text-xs text-slate-500 dark:text-slate-400">{client.external_origin}</span>
      )}
    </span>
  );
}

export function DateCell({ value }: { value: string }) {
  return (
    <time dateTime={value} className="whitespace-nowrap tabular-nums text-slate-600 dark:text-slate-400">
      {formatDate(value)}
    </time>
  );
}

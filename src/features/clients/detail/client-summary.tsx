import type { ReactNode } from "react";
import { Card } from "../../../ui/card.tsx";
import type { ClientDetail } from "../api/detail-model.ts";
import { DateTime } from "./date-time.tsx";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_minmax(0,1fr)] gap-3 py-2.5">
      <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="break-words text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-500 dark:text-slate-400">—</span>;

/** Every field of the client, merged from ClientData and its full record. */
export function ClientSummary({ detail }: { detail: ClientDetail }) {
  const { client, full, archived } = detail;
  const contact = client.primary_contact;
  return (
    <Card id="client-details-heading" title="Details">
      <dl className="mt-2 divide-y divide-slate-100 text-sm dark:divide-slate-800">
        <Row label="Shortcode">{client.shortcode ?? none}</Row>
        <Row label="Segment">{full?.segment ?? none}</Row>
        <Row label="Status">{archived ? "Archived" : "Active"}</Row>
        <Row label="Primary contact">
          {contact ? (
            <>
              {contact.first_name} {contact.last_name}
              <span className="block text-slate-600 dark:text-slate-400">{contact.email}</span>
            </>
          ) : (
            "None"
          )}
        </Row>
        <Row label="Shared from">{client.origin_space?.name ?? "Not shared"}</Row>
        <Row label="External id">{client.external_id ?? none}</Row>
        <Row label="External origin">{client.external_origin ?? none}</Row>
        <Row label="Created">{full ? <DateTime iso={full.created_at} /> : none}</Row>
        <Row label="Updated">{full ? <DateTime iso={full.updated_at} /> : none}</Row>
      </dl>
    </Card>
  );
}

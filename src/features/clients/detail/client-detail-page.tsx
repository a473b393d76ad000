import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { isApiError } from "../../../kanbert/errors.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { focusRing } from "../../../ui/focus.ts";
import { Spinner } from "../../../ui/spinner.tsx";
import { QueryErrorState, RequireConnection } from "../../settings/index.ts";
import { useClient } from "../api/use-client.ts";

export function ClientDetailPage({ clientId }: { clientId: string }) {
  return (
    <div className="space-y-6">
      <p>
        <Link
          to="/clients"
          className={`rounded-sm text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}
        >
          <span aria-hidden="true">← </span>Back to clients
        </Link>
      </p>
      <RequireConnection>
        <ClientDetail clientId={clientId} />
      </RequireConnection>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-slate-900 dark:text-slate-100">{children}</dd>
    </>
  );
}

function ClientDetail({ clientId }: { clientId: string }) {
  const { data: client, error, isPending, refetch, isRefetching } = useClient(clientId);
  if (isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <Spinner /> Loading the client…
      </p>
    );
  }
  if (isApiError(error) && error.status === 404) {
    return (
      <EmptyState title="Client not found">
        No client with the id “{clientId}” exists in this space.
      </EmptyState>
    );
  }
  if (error) {
    return (
      <QueryErrorState error={error} what="the client" onRetry={() => refetch()} retrying={isRefetching} />
    );
  }
  const contact = client.primary_contact;
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">
        {client.name}
      </h1>
      <dl className="grid max-w-2xl gap-x-8 gap-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm sm:grid-cols-[auto_1fr] dark:border-slate-800 dark:bg-slate-900">
        <Row label="Shortcode">{client.shortcode ?? "—"}</Row>
        <Row label="Primary contact">
          {contact ? `${contact.first_name} ${contact.last_name} (${contact.email})` : "None"}
        </Row>
        <Row label="External id">
          {client.external_id ? `${client.external_id} (${client.external_origin ?? "no origin"})` : "—"}
        </Row>
        <Row label="Shared from">{client.origin_space?.name ?? "Not shared"}</Row>
      </dl>
    </article>
  );
}

import { isApiError } from "../../../kanbert/errors.ts";
import type { ClientLookup } from "../../../kanbert/query.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { Spinner } from "../../../ui/spinner.tsx";
import { ClientComments } from "../../comments/index.ts";
import { QueryErrorState } from "../../settings/index.ts";
import { useClientDetail } from "../api/use-client-detail.ts";
import { ArchivedNotice } from "./archived-notice.tsx";
import { ClientHeader } from "./client-header.tsx";
import { ClientProjects } from "./client-projects.tsx";
import { ClientSummary } from "./client-summary.tsx";
import { ClientNotFound } from "./not-found.tsx";

export function ClientDetailView({ lookup }: { lookup: ClientLookup }) {
  const { data: detail, error, isPending, refetch, isRefetching } = useClientDetail(lookup);
  useDocumentTitle(detail?.client.name ?? "Client");
  if (isPending) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <Spinner /> Loading the client…
      </p>
    );
  }
  if (isApiError(error) && error.status === 404) return <ClientNotFound lookup={lookup} />;
  if (!detail) {
    return (
      <QueryErrorState error={error} what="the client" onRetry={() => refetch()} retrying={isRefetching} />
    );
  }
  return (
    <article aria-labelledby="client-heading" className="space-y-6">
      <ClientHeader detail={detail} lookup={lookup} />
      {detail.archived && <ArchivedNotice detail={detail} />}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <ClientSummary detail={detail} />
        <ClientProjects full={detail.full} />
      </div>
      <section aria-labelledby="comments-heading" className="space-y-3">
        <h2 id="comments-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
          Comments
        </h2>
        <ClientComments clientId={detail.client.id} />
      </section>
    </article>
  );
}

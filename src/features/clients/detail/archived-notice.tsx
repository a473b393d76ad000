import type { ClientDetail } from "../api/detail-model.ts";

/** Says plainly that the client is archived and what Restore does. */
export function ArchivedNotice({ detail }: { detail: ClientDetail }) {
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      <strong className="font-semibold">{detail.client.name} is archived.</strong> It does not appear in the
      active client lists. Restore it to make it active again; its shortcode and external id stayed reserved.
    </div>
  );
}

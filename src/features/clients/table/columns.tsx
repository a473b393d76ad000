import { Link } from "@tanstack/react-router";
import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { formatDate } from "../../../lib/dates.ts";
import { focusRing } from "../../../ui/focus.ts";

export const clientTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof clientTableFeatures, ClientFullData>();

const muted = <span className="text-slate-500 dark:text-slate-400">—</span>;

export const clientColumns = helper.columns([
  helper.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <Link
        to="/clients/$clientId"
        params={{ clientId: row.original.id }}
        className={`rounded-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300 ${focusRing}`}
      >
        {row.original.name}
      </Link>
    ),
  }),
  helper.accessor("shortcode", {
    header: "Shortcode",
    cell: ({ getValue }) => {
      const value = getValue();
      return value ? <span className="font-mono text-xs">{value}</span> : muted;
    },
  }),
  helper.accessor("segment", {
    header: "Segment",
    cell: ({ getValue }) => (
      <span className="inline-flex min-w-6 justify-center rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200">
        {getValue()}
      </span>
    ),
  }),
  helper.accessor((client) => client.primary_contact, {
    id: "primary_contact",
    header: "Primary contact",
    cell: ({ getValue }) => {
      const contact = getValue();
      return contact ? `${contact.first_name} ${contact.last_name}` : muted;
    },
  }),
  helper.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => {
      const value = getValue();
      return (
        <time dateTime={value} className="whitespace-nowrap tabular-nums">
          {formatDate(value)}
        </time>
      );
    },
  }),
]);

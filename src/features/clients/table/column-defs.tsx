import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
} from "@tanstack/react-table";
import type { ClientFullData } from "../../../kanbert/schemas.ts";
import { CLIENT_COLUMNS } from "../view/column-catalogue.ts";
import {
  ContactCell,
  DateCell,
  ExternalCell,
  NameCell,
  ProjectsCell,
  SegmentCell,
  TextCell,
} from "./cells.tsx";
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from "./column-sizing-store.ts";

export const clientTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
});
const helper = createColumnHelper<typeof clientTableFeatures, ClientFullData>();

const sizing = Object.fromEntries(
  CLIENT_COLUMNS.map((c) => [c.id, { size: c.width, minSize: MIN_COLUMN_WIDTH, maxSize: MAX_COLUMN_WIDTH }]),
);
const size = (id: (typeof CLIENT_COLUMNS)[number]["id"]) => ({ ...sizing[id], header: id });

/** Cell renderers of every column; the view decides which are shown and in what order. */
export const clientColumns = helper.columns([
  helper.accessor("name", {
    ...size("name"),
    cell: ({ row }) => <NameCell client={row.original} index={row.index} />,
  }),
  helper.accessor("shortcode", {
    ...size("shortcode"),
    cell: ({ getValue }) => <TextCell value={getValue()} mono />,
  }),
  helper.accessor("segment", {
    ...size("segment"),
    cell: ({ getValue }) => <SegmentCell segment={getValue()} />,
  }),
  helper.display({
    id: "primary_contact",
    ...size("primary_contact"),
    cell: ({ row }) => <ContactCell client={row.original} />,
  }),
  helper.display({
    id: "origin_space",
    ...size("origin_space"),
    cell: ({ row }) => <TextCell value={row.original.origin_space?.name ?? null} />,
  }),
  helper.display({
    id: "projects",
    ...size("projects"),
    cell: ({ row }) => <ProjectsCell client={row.original} />,
  }),
  helper.display({
    id: "external",
    ...size("external"),
    cell: ({ row }) => <ExternalCell client={row.original} />,
  }),
  helper.accessor("created_at", {
    ...size("created_at"),
    cell: ({ getValue }) => <DateCell value={getValue()} />,
  }),
  helper.accessor("updated_at", {
    ...size("updated_at"),
    cell: ({ getValue }) => <DateCell value={getValue()} />,
  }),
]);

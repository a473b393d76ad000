import { z } from "zod";
import { type Catalogue, parse, validate } from "../../../filter/index.ts";
import { type KeyValueStorage, readItem, writeItem } from "../../../lib/storage.ts";

/**
 * Saved views of a list page: a name and the view's URL state (filter text with the archived
 * mode inside it, sort text, visible columns). Kept in localStorage under one key per page
 * (storage-keys.ts), checked with zod on every read so that a hand-edited or older entry cannot
 * break the page.
 */
export const SavedView = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(80),
  filter: z.string(),
  sort: z.string(),
  columns: z.array(z.string()),
});
export type SavedView = z.infer<typeof SavedView>;

/** A view as an export file may hold it: without an `id` (import assigns one anyway). */
const ImportedView = SavedView.extend({ id: z.string().optional() });

const Stored = z.object({ version: z.literal(1), views: z.array(z.unknown()) });

export function readSavedViews(storage: KeyValueStorage | null, key: string): SavedView[] {
  const raw = readItem(storage, key);
  if (raw === null) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const stored = Stored.safeParse(json);
  if (!stored.success) return [];
  return stored.data.views.flatMap((view) => {
    const parsed = SavedView.safeParse(view);
    return parsed.success ? [parsed.data] : [];
  });
}

export function writeSavedViews(
  storage: KeyValueStorage | null,
  key: string,
  views: readonly SavedView[],
): void {
  writeItem(storage, key, serialiseViews(views));
}

export function serialiseViews(views: readonly SavedView[]): string {
  return JSON.stringify({ version: 1, views }, null, 2);
}

/** Why a view's filter or sort cannot be used, or undefined when it can. */
function viewProblem(view: Omit<SavedView, "id">, catalogue: Catalogue): string | undefined {
  if (view.filter.trim() !== "") {
    const parsed = parse(view.filter);
    if (!parsed.ok) return `the filter is not valid (${parsed.error.message})`;
    const [issue] = validate(parsed.ast, catalogue);
    if (issue) return `the filter is not valid (${issue.message})`;
  }
  const unknown = view.sort
    .split(",")
    .map((key) => key.replace(/^-/, ""))
    .filter((key) => key !== "" && !catalogue.sorts.includes(key));
  if (unknown.length > 0) return `the sort key ${unknown.join(", ")} is unknown`;
  return undefined;
}

export interface ImportResult {
  views: SavedView[];
  imported: number;
  skipped: { name: string; reason: string }[];
}

/**
 * Merges an exported file into `current`: every view is checked on its own (shape, filter, sort);
 * a view with the name of an existing one replaces it. Nothing is thrown; problems are reported.
 */
export function importViews(
  text: string,
  current: readonly SavedView[],
  catalogue: Catalogue,
  newId: () => string,
): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { views: [...current], imported: 0, skipped: [{ name: "the file", reason: "it is not JSON" }] };
  }
  const list = Array.isArray(json) ? json : Stored.safeParse(json).data?.views;
  if (list === undefined)
    return {
      views: [...current],
      imported: 0,
      skipped: [{ name: "the file", reason: "it is not an export of saved views" }],
    };
  const views = [...current];
  const skipped: ImportResult["skipped"] = [];
  let imported = 0;
  list.forEach((item, i) => {
    const parsed = ImportedView.safeParse(item);
    const name = nameOf(item) ?? `view ${i + 1}`;
    if (!parsed.success) {
      skipped.push({ name, reason: shapeProblem(parsed.error) });
      return;
    }
    const problem = viewProblem(parsed.data, catalogue);
    if (problem) {
      skipped.push({ name, reason: problem });
      return;
    }
    const existing = views.findIndex((view) => view.name === parsed.data.name);
    const view = { ...parsed.data, id: existing === -1 ? newId() : (views[existing]?.id ?? newId()) };
    if (existing === -1) views.push(view);
    else views[existing] = view;
    imported++;
  });
  return { views, imported, skipped };
}

/** What is wrong with an entry that is not a saved view, naming the first bad property. */
function shapeProblem(error: z.ZodError): string {
  const [issue] = error.issues;
  const key = issue?.path[0];
  if (typeof key !== "string") return "it is not a saved view (name, filter, sort, columns)";
  const missing = issue?.code === "invalid_type" && issue.message.endsWith("received undefined");
  return missing ? `its ${key} is missing` : `its ${key} is not valid (${issue?.message ?? "wrong type"})`;
}

function nameOf(item: unknown): string | undefined {
  const named = z.object({ name: z.string() }).safeParse(item);
  return named.success ? named.data.name : undefined;
}

export function importSummary({ imported, skipped }: ImportResult): string {
  const views = (n: number) => `${n} view${n === 1 ? "" : "s"}`;
  const head = `Imported ${views(imported)}`;
  if (skipped.length === 0) return `${head}.`;
  const reasons = skipped.map((s) => `'${s.name}' — ${s.reason}`).join("; ");
  return `${head}, skipped ${skipped.length}: ${reasons}.`;
}

import { and, cond, type FilterNode, isList, normalize, or, special } from "../../../filter/index.ts";
import type { ClientSegment } from "../../../kanbert/schemas.ts";

/**
 * The table's quick filters are not a state of their own: each is one recognisable condition among
 * the children of the filter's top-level AND. Reading finds them; writing replaces or removes that
 * one child and leaves everything else (whatever the builder or the text editor made) untouched.
 */

export interface QuickFilters {
  search: string;
  segments: ClientSegment[];
  mine: boolean;
  shared: boolean;
}

type Matcher = (node: FilterNode) => boolean;

const SEGMENTS: readonly ClientSegment[] = ["A", "B", "C"];

function topLevel(ast: FilterNode | null): readonly FilterNode[] {
  if (ast === null) return [];
  return ast.type === "group" && ast.kind === "and" ? ast.children : [ast];
}

function searchText(node: FilterNode): string | null {
  if (node.type !== "group" || node.kind !== "or" || node.children.length !== 2) return null;
  const [first, second] = node.children;
  if (first?.type !== "condition" || second?.type !== "condition") return null;
  if (first.field !== "name" || second.field !== "shortcode") return null;
  if (first.op !== "contains" || second.op !== "contains") return null;
  return typeof first.value === "string" && first.value === second.value ? first.value : null;
}

function segmentsOf(node: FilterNode): ClientSegment[] | null {
  if (node.type !== "condition" || node.field !== "segment" || !("value" in node)) return null;
  const value = node.value;
  if (node.op === "eq" && typeof value === "string") return SEGMENTS.filter((s) => s === value);
  if (node.op === "in" && isList(value)) return SEGMENTS.filter((s) => value.includes(s));
  return null;
}

const isSearch: Matcher = (node) => searchText(node) !== null;
const isSegments: Matcher = (node) => segmentsOf(node) !== null;
const isMine: Matcher = (node) =>
  node.type === "condition" &&
  node.field === "primary_contact.id" &&
  node.op === "eq" &&
  typeof node.value === "object" &&
  node.value !== null &&
  !isList(node.value) &&
  node.value.kind === "special" &&
  node.value.name === "me.id";
const isShared: Matcher = (node) =>
  node.type === "condition" && node.field === "origin_space.id" && node.op === "isnotnull";

export function readQuickFilters(ast: FilterNode | null): QuickFilters {
  const children = topLevel(ast);
  const search = children.map(searchText).find((text) => text !== null) ?? "";
  const segments = children.map(segmentsOf).find((list) => list !== null) ?? [];
  return { search, segments, mine: children.some(isMine), shared: children.some(isShared) };
}

/** Replaces the child `matches` finds (or appends `next` when there is none); `null` removes it. */
function replaceTopLevel(
  ast: FilterNode | null,
  matches: Matcher,
  next: FilterNode | null,
): FilterNode | null {
  const children = topLevel(ast);
  const index = children.findIndex(matches);
  const kept = children.filter((_, i) => i !== index);
  if (next !== null) kept.splice(index === -1 ? kept.length : index, 0, next);
  return normalize(and(...kept));
}

export function withSearch(ast: FilterNode | null, text: string): FilterNode | null {
  const value = text.trim();
  const next =
    value === "" ? null : or(cond("name", "contains", value), cond("shortcode", "contains", value));
  return replaceTopLevel(ast, isSearch, next);
}

export function withSegments(ast: FilterNode | null, segments: readonly ClientSegment[]): FilterNode | null {
  const ordered = SEGMENTS.filter((s) => segments.includes(s));
  const next =
    ordered.length === 0 || ordered.length === SEGMENTS.length ? null : cond("segment", "in", ordered);
  return replaceTopLevel(ast, isSegments, next);
}

export function withMine(ast: FilterNode | null, on: boolean): FilterNode | null {
  return replaceTopLevel(ast, isMine, on ? cond("primary_contact.id", "eq", special("me.id")) : null);
}

export function withShared(ast: FilterNode | null, on: boolean): FilterNode | null {
  return replaceTopLevel(ast, isShared, on ? cond("origin_space.id", "isnotnull") : null);
}

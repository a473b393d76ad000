import type { Catalogue, FilterNode } from "../../../filter/index.ts";
import { FilterPanel } from "./filter-panel.tsx";
import { useFilterEditor } from "./use-filter-editor.ts";

export interface FilterPanelHostProps {
  filter: FilterNode | null;
  catalogue: Catalogue;
  title: string;
  onApply: (ast: FilterNode | null) => void;
  onCancel: () => void;
}

/**
 * The panel with its editor, mounted each time the panel opens (so it starts on the applied
 * filter). Its own chunk: builder and text editor load when "Filter" is first pointed at or focused.
 */
export default function FilterPanelHost({
  filter,
  catalogue,
  title,
  onApply,
  onCancel,
}: FilterPanelHostProps) {
  const editor = useFilterEditor(catalogue, filter);
  return (
    <FilterPanel editor={editor} catalogue={catalogue} title={title} onApply={onApply} onCancel={onCancel} />
  );
}

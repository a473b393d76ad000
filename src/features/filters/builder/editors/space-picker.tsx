import { useState } from "react";
import type { Scalar } from "../../../../filter/index.ts";
import { useKnownSpaces } from "../../data/directory.ts";
import type { ComboOption } from "./combobox.tsx";
import { type EditorProps, scalarText } from "./editor-props.ts";
import { IdPicker } from "./id-picker.tsx";

const TYPED = "typed:";

/**
 * Picks spaces for `origin_space.id`. There is no spaces endpoint: the choices are the spaces the
 * app has seen (users' spaces, shared clients' origin spaces), and any id can be typed in.
 */
export function SpacePicker(props: EditorProps & { multiple?: boolean }) {
  const [query, setQuery] = useState("");
  const spaces = useKnownSpaces();
  const needle = query.trim().toLowerCase();
  const matching = spaces.filter(
    (s) => s.name.toLowerCase().includes(needle) || s.id.toLowerCase() === needle,
  );
  const options: ComboOption[] = matching.map((space) => ({
    key: space.id,
    label: space.name,
    detail: space.id.slice(0, 8),
  }));
  if (needle !== "" && !spaces.some((s) => s.id.toLowerCase() === needle))
    options.push({ key: `${TYPED}${query.trim()}`, label: `Use id “${query.trim()}”` });
  return (
    <IdPicker
      {...props}
      query={query}
      onQueryChange={setQuery}
      options={options}
      placeholder="Search spaces or paste an id…"
      toValue={(option): Scalar =>
        option.key.startsWith(TYPED) ? option.key.slice(TYPED.length) : option.key
      }
      labelOf={(value) => spaces.find((space) => space.id === value)?.name ?? scalarText(value ?? undefined)}
    />
  );
}

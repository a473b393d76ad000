import { useState } from "react";
import { cn } from "../../../../lib/cn.ts";
import { controlClasses } from "../styles.ts";
import { type EditorProps, listOf, scalarText } from "./editor-props.ts";
import { Token } from "./tokens.tsx";

/** A list of free-text values (`in` / `nin` on text): Enter or comma adds, Backspace removes. */
export function TokenInput({ value, onChange, label, aria }: EditorProps) {
  const [draft, setDraft] = useState("");
  const items = listOf(value);
  const add = () => {
    const text = draft.trim();
    if (text !== "" && !items.includes(text)) onChange([...items, text]);
    setDraft("");
  };
  return (
    <span className="flex min-w-52 flex-1 flex-wrap items-center gap-1">
      {items.map((item, i) => (
        <Token
          key={scalarText(item)}
          label={scalarText(item)}
          removeLabel={`Remove ${scalarText(item)}`}
          onRemove={() => onChange(items.filter((_, j) => j !== i))}
        />
      ))}
      <input
        type="text"
        aria-label={label}
        placeholder={items.length === 0 ? "Type a value, press Enter" : "Add…"}
        className={cn(controlClasses, "min-w-32 flex-1")}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={add}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === ",") {
            event.preventDefault();
            add();
          } else if (event.key === "Backspace" && draft === "" && items.length > 0) {
            onChange(items.slice(0, -1));
          }
        }}
        {...aria}
      />
    </span>
  );
}

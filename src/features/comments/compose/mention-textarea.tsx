import { type RefObject, useId, useState } from "react";
import type { UserData } from "../../../kanbert/schemas.ts";
import { cn } from "../../../lib/cn.ts";
import { inputClasses } from "../../../ui/field.tsx";
import { Listbox } from "../../../ui/listbox.tsx";
import { useListbox } from "../../../ui/use-listbox.ts";
import { userName } from "../../users/index.ts";
import { suggestUsers } from "./mention-suggestions.ts";
import { type MentionToken, mentionQueryAt } from "./serialize.ts";

export interface MentionTextareaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onMention: (token: MentionToken) => void;
  users: readonly UserData[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  describedBy?: string;
  invalid?: boolean;
}

interface Open {
  start: number;
  caret: number;
  options: UserData[];
}

/** A textarea where `@` opens a list of users (textbox + listbox, `aria-activedescendant`). */
export function MentionTextarea(props: MentionTextareaProps) {
  const { label, value, onChange, onMention, users, textareaRef } = props;
  const id = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const hintId = `${id}-hint`;

  function update(text: string, caret: number) {
    onChange(text);
    const found = mentionQueryAt(text, caret);
    const options = found ? suggestUsers(users, found.query) : [];
    setOpen(found && options.length > 0 ? { start: found.start, caret, options } : null);
  }

  function choose(user: UserData) {
    if (!open) return;
    const label = `@${userName(user)}`;
    const next = `${value.slice(0, open.start)}${label} ${value.slice(open.caret)}`;
    onChange(next);
    onMention({ userId: user.id, label });
    setOpen(null);
    const caret = open.start + label.length + 1;
    requestAnimationFrame(() => textareaRef.current?.setSelectionRange(caret, caret));
  }

  const listbox = useListbox({
    id: `${id}-users`,
    items: open?.options ?? [],
    itemKey: (user) => user.id,
    open: open !== null,
    onPick: choose,
    onClose: () => setOpen(null),
    pickWithTab: true,
  });

  return (
    <div className="relative space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <textarea
        id={id}
        ref={textareaRef}
        value={value}
        rows={3}
        className={cn(inputClasses, "h-auto min-h-20 py-2")}
        aria-autocomplete="list"
        aria-controls={open ? listbox.id : undefined}
        aria-activedescendant={listbox.activeId}
        aria-describedby={[hintId, props.describedBy].filter(Boolean).join(" ")}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => update(event.target.value, event.target.selectionStart)}
        onKeyDown={listbox.onKeyDown}
        onBlur={() => setOpen(null)}
      />
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        Type @ to mention someone. A blank line starts a new paragraph.
      </p>
      {open && (
        <Listbox
          listbox={listbox}
          label="Mention a user"
          className="absolute z-20 mt-1 max-h-64 w-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
          optionClassName="px-3 py-1.5"
          renderOption={(user) => (
            <>
              {userName(user)}{" "}
              <span className="text-xs text-slate-500 dark:text-slate-400">{user.email}</span>
            </>
          )}
        />
      )}
      <p className="sr-only" aria-live="polite">
        {open ? `${open.options.length} users found; arrow keys to choose, Enter to insert.` : ""}
      </p>
    </div>
  );
}

import { useState } from "react";
import type { UserData } from "../../kanbert/schemas.ts";
import { Combobox } from "../../ui/combobox.tsx";
import { useUserSearch } from "./use-user-search.ts";
import { userName } from "./user-name.ts";

/** The "None" option clears the choice. */
const NONE = null;

export interface UserPickerProps {
  label: string;
  value: UserData | null;
  onChange: (user: UserData | null) => void;
  onBlur?: () => void;
  error?: string;
  description?: string;
}

/**
 * Picks a user by searching `GET /users` (name or e-mail contains what is typed), or "None". The
 * input shows the chosen user until someone types; leaving it without a pick restores the choice.
 */
export function UserPicker({ label, value, onChange, onBlur, error, description }: UserPickerProps) {
  const [text, setText] = useState<string | null>(null);
  const search = useUserSearch(text ?? "");
  const users = search.data ?? [];
  // While searching the matches come first (Enter takes the best one); "None" is always there.
  const items: (UserData | null)[] = text?.trim() ? [...users, NONE] : [NONE, ...users];
  const status = search.isError
    ? "Could not search users."
    : search.isFetching
      ? "Searching…"
      : users.length === 0
        ? "No users match."
        : undefined;
  return (
    <Combobox<UserData | null>
      label={label}
      description={description}
      error={error}
      listLabel={`${label} options`}
      placeholder="Search by name or e-mail"
      inputValue={text ?? (value ? userName(value) : "")}
      onInputChange={setText}
      items={items}
      itemKey={(user) => user?.id ?? "none"}
      renderItem={(user) =>
        user ? (
          <span className="flex flex-col">
            <span className="font-medium">{userName(user)}</span>
            <span className="text-xs text-slate-600 dark:text-slate-400">{user.email}</span>
          </span>
        ) : (
          <span className="italic">None</span>
        )
      }
      onSelect={(user) => {
        onChange(user);
        setText(null);
      }}
      status={status}
      onBlur={() => {
        setText(null);
        onBlur?.();
      }}
    />
  );
}

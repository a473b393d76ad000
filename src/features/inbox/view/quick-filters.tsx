import type { UserData } from "../../../kanbert/schemas.ts";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { Field, inputClasses } from "../../../ui/field.tsx";
import type { InboxSearch } from "../search.ts";
import { ClientPicker } from "./client-picker.tsx";

export interface QuickFiltersProps {
  value: InboxSearch;
  users: readonly UserData[];
  onChange: (next: InboxSearch) => void;
}

/** Mentions me, Internal only, Public only, Last 7 days, author, client: each one condition of the filter. */
export function QuickFilters({ value, users, onChange }: QuickFiltersProps) {
  const set = (patch: Partial<InboxSearch>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="flex flex-wrap items-end gap-4">
      <legend className="sr-only">Quick filters</legend>
      <Checkbox
        label="Mentions me"
        checked={value.mentions === true}
        onChange={(e) => set({ mentions: e.target.checked || undefined })}
      />
      <Checkbox
        label="Internal only"
        checked={value.visibility === "internal"}
        onChange={(e) => set({ visibility: e.target.checked ? "internal" : undefined })}
      />
      <Checkbox
        label="Public only"
        checked={value.visibility === "public"}
        onChange={(e) => set({ visibility: e.target.checked ? "public" : undefined })}
      />
      <Checkbox
        label="Last 7 days"
        checked={value.last7 === true}
        onChange={(e) => set({ last7: e.target.checked || undefined })}
      />
      <Field label="Author">
        {(control) => (
          <select
            {...control}
            className={inputClasses}
            value={value.author ?? ""}
            onChange={(e) => set({ author: e.target.value || undefined })}
          >
            <option value="">Anyone</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {`${user.first_name} ${user.last_name}`.trim() || user.email}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ClientPicker value={value.client} onChange={(client) => set({ client })} />
    </fieldset>
  );
}

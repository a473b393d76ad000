import { type FormEvent, useEffect, useState } from "react";
import { Button } from "../../../ui/button.tsx";
import { Field, inputClasses } from "../../../ui/field.tsx";
import { checkFilterText } from "../inbox-query.ts";

/** The filter as text over the comments catalogue; a bad filter is explained and the text kept. */
export function FilterText({
  value,
  onApply,
}: {
  value: string;
  onApply: (text: string | undefined) => void;
}) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    setText(value);
    const check = checkFilterText(value);
    setError(check.ok ? undefined : `${check.message} — this part of the link is not applied.`);
  }, [value]);
  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkFilterText(text);
    if (!check.ok) return setError(check.message);
    setError(undefined);
    onApply(check.text === "" ? undefined : check.text);
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="Filter text">
      <Field label="Filter" error={error} className="min-w-64 flex-1">
        {(control) => (
          <input
            {...control}
            className={inputClasses}
            value={text}
            spellCheck={false}
            placeholder="e.g. is_public eq false and created_at gte today-7d"
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit">Apply filter</Button>
    </form>
  );
}

import { type ComponentPropsWithRef, useState } from "react";
import { Button } from "../../ui/button.tsx";
import { Field, inputClasses } from "../../ui/field.tsx";

export interface TokenFieldProps extends Omit<ComponentPropsWithRef<"input">, "id" | "type"> {
  error?: string;
}

/** The API token as a password field with a show/hide toggle. */
export function TokenField({ error, ...input }: TokenFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <Field
      label="API token"
      error={error}
      description="Sent as a Bearer token with every request. It is never put in a URL or logged."
    >
      {(control) => (
        <div className="flex gap-2">
          <input
            type={visible ? "text" : "password"}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClasses} font-mono`}
            {...control}
            {...input}
          />
          <Button onClick={() => setVisible((v) => !v)} className="w-28">
            {visible ? "Hide token" : "Show token"}
          </Button>
        </div>
      )}
    </Field>
  );
}

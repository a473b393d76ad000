import { type ComponentPropsWithRef, type ReactNode, useId } from "react";
import { cn } from "../lib/cn.ts";
import { focusRing } from "./focus.ts";

export const inputClasses = cn(
  "block h-9 w-full rounded-md border bg-white px-3 text-sm text-slate-900 shadow-sm placeholder:text-slate-500",
  "border-slate-300 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400",
  "aria-invalid:border-red-600 dark:aria-invalid:border-red-400",
  focusRing,
);

export interface FieldProps {
  label: string;
  description?: ReactNode;
  error?: string;
  /** Renders the control; spread the given props on it so label, hint and error are wired. */
  children: (control: {
    id: string;
    "aria-describedby": string | undefined;
    "aria-invalid": boolean | undefined;
  }) => ReactNode;
  className?: string;
}

/** Label, optional description and error message around any control, wired for assistive tech. */
export function Field({ label, description, error, children, className }: FieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {description && (
        <p id={descriptionId} className="text-sm text-slate-600 dark:text-slate-400">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps extends Omit<ComponentPropsWithRef<"input">, "id"> {
  label: string;
  description?: ReactNode;
  error?: string;
}

export function TextField({ label, description, error, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} description={description} error={error} className={className}>
      {(control) => <input className={inputClasses} {...control} {...input} />}
    </Field>
  );
}

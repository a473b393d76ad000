import { type ComponentPropsWithRef, type ReactNode, useId } from "react";
import { cn } from "../lib/cn.ts";
import { focusRing } from "./focus.ts";

export interface CheckboxProps extends Omit<ComponentPropsWithRef<"input">, "type" | "id"> {
  label: string;
  description?: ReactNode;
}

export function Checkbox({ label, description, className, ...input }: CheckboxProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className={cn("flex items-start gap-2.5", className)}>
      <input
        id={id}
        type="checkbox"
        aria-describedby={descriptionId}
        className={cn("mt-0.5 size-4 shrink-0 rounded accent-indigo-600", focusRing)}
        {...input}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
        {description && (
          <p id={descriptionId} className="text-slate-600 dark:text-slate-400">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}

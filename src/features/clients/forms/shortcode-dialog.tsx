import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { DialogForm, FormDialog, useDialogGuard } from "../../../ui/form-dialog.tsx";
import { useSetShortcode } from "../api/use-update-client.ts";
import type { ClientDialogProps } from "./edit-client-dialog.tsx";
import { CodeField, fieldProps } from "./fields.tsx";
import { shortcodeForm } from "./schemas.ts";
import { useServerSubmit } from "./use-server-submit.ts";

const FIELDS = { shortcode: "shortcode" } as const;

export interface ChangedProps {
  /** Told after a successful change (e.g. a page opened by the old key moves to the id). */
  onChanged?: () => void;
}

/** Change shortcode (`PUT /clients/{id}/shortcode`); it must stay unique. */
export function ShortcodeDialog({ detail, open, onOpenChange, onChanged }: ClientDialogProps & ChangedProps) {
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Change shortcode"
      description={`A short, unique code for ${detail.client.name}, used in links and project codes.`}
    >
      <ShortcodeForm id={detail.client.id} current={detail.client.shortcode ?? ""} onChanged={onChanged} />
    </FormDialog>
  );
}

function ShortcodeForm({ id, current, onChanged }: { id: string; current: string } & ChangedProps) {
  const guard = useDialogGuard();
  const mutation = useSetShortcode();
  const form = useForm({ resolver: zodResolver(shortcodeForm), defaultValues: { shortcode: current } });
  const submit = useServerSubmit(form, FIELDS, async ({ shortcode }) => {
    await mutation.mutateAsync({ id, shortcode });
    guard.close();
    onChanged?.();
  });

  return (
    <DialogForm {...submit} submitLabel="Change shortcode">
      <CodeField label="Shortcode" {...fieldProps(form, "shortcode")} />
    </DialogForm>
  );
}

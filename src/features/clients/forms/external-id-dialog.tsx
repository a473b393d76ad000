import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { ClientData } from "../../../kanbert/schemas.ts";
import { DialogForm, FormDialog, useDialogGuard } from "../../../ui/form-dialog.tsx";
import { useSetExternalIdentifier } from "../api/use-update-client.ts";
import type { ClientDialogProps } from "./edit-client-dialog.tsx";
import { CodeField, fieldProps } from "./fields.tsx";
import { externalIdentifierForm, toExternalIdentifierBody } from "./schemas.ts";
import type { ChangedProps } from "./shortcode-dialog.tsx";
import { useServerSubmit } from "./use-server-submit.ts";

const FIELDS = { external_id: "external_id", external_origin: "external_origin" } as const;

/** Set external identifier (`PUT /clients/{id}/external-identifier`); unique per origin. */
export function ExternalIdDialog({
  detail,
  open,
  onOpenChange,
  onChanged,
}: ClientDialogProps & ChangedProps) {
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Set external identifier"
      description={`The id of ${detail.client.name} in another system, unique within its origin.`}
    >
      <ExternalIdForm client={detail.client} onChanged={onChanged} />
    </FormDialog>
  );
}

function ExternalIdForm({ client, onChanged }: { client: ClientData } & ChangedProps) {
  const guard = useDialogGuard();
  const mutation = useSetExternalIdentifier();
  const form = useForm({
    resolver: zodResolver(externalIdentifierForm),
    defaultValues: { external_id: client.external_id ?? "", external_origin: client.external_origin ?? "" },
  });
  const submit = useServerSubmit(form, FIELDS, async (values) => {
    const body = toExternalIdentifierBody(values);
    await mutation.mutateAsync({ id: client.id, ...body });
    guard.close();
    onChanged?.();
  });

  return (
    <DialogForm {...submit} submitLabel="Save identifier">
      <CodeField
        label="External id"
        description="Leave empty to remove the identifier."
        {...fieldProps(form, "external_id")}
      />
      <CodeField
        label="Origin"
        description="The external system, e.g. hubspot. Empty means this integration."
        {...fieldProps(form, "external_origin")}
      />
    </DialogForm>
  );
}

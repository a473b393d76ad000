import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm } from "react-hook-form";
import { TextField } from "../../../ui/field.tsx";
import type { ClientDetail } from "../api/detail-model.ts";
import { useUpdateClient } from "../api/use-update-client.ts";
import { fieldProps, renderPrimaryContact } from "./fields.tsx";
import { DialogForm, FormDialog, useDialogGuard } from "./form-dialog.tsx";
import { type EditClientFormInput, editClientForm, toUpdateBody } from "./schemas.ts";
import { SegmentField } from "./segment-field.tsx";
import { useServerSubmit } from "./use-server-submit.ts";

const FIELDS = { name: "name", segment: "segment", primary_contact_id: "primary_contact" } as const;

export interface ClientDialogProps {
  detail: ClientDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Edit (`PATCH /clients/{id}`): name, segment and primary contact, clearing included. */
export function EditClientDialog({ detail, open, onOpenChange }: ClientDialogProps) {
  return (
    <FormDialog open={open} onOpenChange={onOpenChange} title={`Edit ${detail.client.name}`}>
      <EditClientForm detail={detail} />
    </FormDialog>
  );
}

function EditClientForm({ detail }: { detail: ClientDetail }) {
  const guard = useDialogGuard();
  const update = useUpdateClient();
  const initial: EditClientFormInput = {
    name: detail.client.name,
    segment: detail.full?.segment ?? "B",
    primary_contact: detail.client.primary_contact,
  };
  const form = useForm({ resolver: zodResolver(editClientForm), defaultValues: initial });
  const submit = useServerSubmit(form, FIELDS, async (values) => {
    const body = toUpdateBody(values, initial);
    await update.mutateAsync({ id: detail.client.id, body, contact: values.primary_contact });
    guard.close();
  });

  return (
    <DialogForm {...submit} submitLabel="Save changes">
      <TextField label="Name" autoComplete="off" {...fieldProps(form, "name")} />
      <SegmentField {...fieldProps(form, "segment")} />
      <Controller control={form.control} name="primary_contact" render={renderPrimaryContact} />
    </DialogForm>
  );
}

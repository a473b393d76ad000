import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { TextField } from "../../../ui/field.tsx";
import { DialogForm, FormDialog, useDialogGuard } from "../../../ui/form-dialog.tsx";
import { useHttp } from "../../settings/index.ts";
import type { ClientDetail } from "../api/detail-model.ts";
import { fetchClientDetail } from "../api/fetch-detail.ts";
import { useUpdateClient } from "../api/use-update-client.ts";
import {
  type Choice,
  changedSince,
  conflictingFields,
  type EditField,
  type EditFields,
  type EditState,
  mergeEdits,
} from "./edit-conflict.ts";
import { EditConflictPanel } from "./edit-conflict-panel.tsx";
import { fieldProps, renderPrimaryContact } from "./fields.tsx";
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

function stateOf(detail: ClientDetail): EditState {
  return {
    fields: {
      name: detail.client.name,
      segment: detail.full?.segment ?? "B",
      primary_contact: detail.client.primary_contact,
    },
    updatedAt: detail.full?.updated_at ?? null,
  };
}

interface Conflict {
  fields: EditField[];
  /** The state the user's changes were made against when the conflict was found. */
  base: EditFields;
  theirs: EditState;
  choices: Partial<Record<EditField, Choice>>;
}

function EditClientForm({ detail }: { detail: ClientDetail }) {
  const guard = useDialogGuard();
  const http = useHttp();
  const update = useUpdateClient();
  /** The server's state the user's changes are made against: the opened one, then each one seen. */
  const base = useRef<EditState>(stateOf(detail));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const initial: EditClientFormInput = base.current.fields;
  const form = useForm({ resolver: zodResolver(editClientForm), defaultValues: initial });

  const submit = useServerSubmit(form, FIELDS, async (values) => {
    let mine: EditFields = values;
    if (conflict) {
      // The user chose per field: their choice is what they want, against the state they saw.
      mine = mergeEdits(conflict.base, values, conflict.theirs.fields, conflict.choices);
      base.current = conflict.theirs;
      setConflict(null);
    }
    // A fresh read (never the cache): did someone change the client since the form opened?
    const fresh = stateOf(await fetchClientDetail(http, { key: detail.client.id }, null));
    if (changedSince(base.current, fresh)) {
      const fields = conflictingFields(base.current.fields, mine, fresh.fields);
      if (fields.length > 0) {
        setConflict({ fields, base: base.current.fields, theirs: fresh, choices: {} });
        return;
      }
      mine = mergeEdits(base.current.fields, mine, fresh.fields);
      base.current = fresh;
    }
    const body = toUpdateBody(mine, base.current.fields);
    await update.mutateAsync({ id: detail.client.id, body, contact: mine.primary_contact });
    guard.close();
  });

  const choose = (field: EditField, choice: Choice) =>
    setConflict((current) => current && { ...current, choices: { ...current.choices, [field]: choice } });

  return (
    <DialogForm {...submit} submitLabel={conflict ? "Save with these choices" : "Save changes"}>
      {conflict && (
        <EditConflictPanel
          fields={conflict.fields}
          mine={form.getValues()}
          theirs={conflict.theirs.fields}
          choices={conflict.choices}
          onChoose={choose}
        />
      )}
      <TextField label="Name" autoComplete="off" {...fieldProps(form, "name")} />
      <SegmentField {...fieldProps(form, "segment")} />
      <Controller control={form.control} name="primary_contact" render={renderPrimaryContact} />
    </DialogForm>
  );
}

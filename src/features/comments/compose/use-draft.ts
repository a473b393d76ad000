import { useSyncExternalStore } from "react";
import { newId } from "../../../lib/new-id.ts";
import type { MentionToken } from "./serialize.ts";
import type { SendTarget } from "./use-send-draft.ts";

export interface Draft {
  text: string;
  mentions: MentionToken[];
  /** Sent as `external_id`: one per draft, so a retry of the same text is idempotent on the server. */
  externalId: string;
}

/** A post that did not go through: the text that was sent and why it failed. */
export interface FailedPost {
  draft: Draft;
  /** Where it was going (task, visibility, thread): a retry goes to the same place. */
  target: SendTarget;
  message: string;
}

export interface ComposerSlot {
  draft: Draft;
  failed: FailedPost | null;
}

export const newDraft = (): Draft => ({ text: "", mentions: [], externalId: newId() });

/**
 * Drafts and failed posts live outside the composer (keyed by where it writes: a new thread of a
 * client, or a reply to a thread), so a post that fails after its composer closed still has a
 * place to come back to. Nothing the user typed is dropped by the app.
 */
const slots = new Map<string, ComposerSlot>();
const listeners = new Set<() => void>();

function slotOf(key: string): ComposerSlot {
  let slot = slots.get(key);
  if (!slot) {
    slot = { draft: newDraft(), failed: null };
    slots.set(key, slot);
  }
  return slot;
}

export function updateSlot(key: string, edit: (slot: ComposerSlot) => ComposerSlot) {
  slots.set(key, edit(slotOf(key)));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useComposerSlot(key: string): ComposerSlot {
  return useSyncExternalStore(
    subscribe,
    () => slotOf(key),
    () => slotOf(key),
  );
}

const keep = (text: string, mentions: readonly MentionToken[]) =>
  mentions.filter((mention) => text.includes(mention.label));

/**
 * The slot with new text in the box. Editing the text of a failed post that is back in the box
 * makes it a new comment (a new external id) and the failure is over: if the failed post had in
 * fact been stored, a retry with the old id would return the stored comment and drop the edit.
 */
export function editText(slot: ComposerSlot, text: string): ComposerSlot {
  const { draft, failed } = slot;
  const mentions = keep(text, draft.mentions);
  const edited = text !== draft.text && failed !== null && failed.draft.externalId === draft.externalId;
  if (!edited) return { draft: { ...draft, text, mentions }, failed };
  return { draft: { text, mentions, externalId: newId() }, failed: null };
}

/** The draft of one composer slot; mentions whose label was edited away are dropped. */
export function useDraft(key: string) {
  const slot = useComposerSlot(key);
  const setDraft = (edit: (draft: Draft) => Draft) =>
    updateSlot(key, (current) => ({ ...current, draft: edit(current.draft) }));
  return {
    draft: slot.draft,
    failed: slot.failed,
    setText: (text: string) => updateSlot(key, (current) => editText(current, text)),
    addMention: (token: MentionToken) =>
      setDraft((current) => ({
        ...current,
        mentions: current.mentions.some((m) => m.label === token.label && m.userId === token.userId)
          ? current.mentions
          : [...current.mentions, token],
      })),
  };
}

/** The failed text joined to what was typed since (newer text first kept), as a new draft. */
export function mergeDrafts(current: Draft, failed: Draft): Draft {
  if (current.text.trim() === "") return { ...failed, externalId: newId() };
  const text = `${current.text.trimEnd()}\n\n${failed.text}`;
  return { text, mentions: keep(text, [...current.mentions, ...failed.mentions]), externalId: newId() };
}

/** The slot of a composer: the client's new-thread box, or the reply box of one thread. */
export const composerKey = (clientId: string, threadId?: string) =>
  threadId === undefined ? `thread:${clientId}` : `reply:${threadId}`;

/** Forgets a slot's draft and failed post (the user cancelled). */
export const clearSlot = (key: string) => updateSlot(key, () => ({ draft: newDraft(), failed: null }));

/** Puts a failed post's text back into the box after what was typed since; the failure is gone. */
export const putBackFailed = (key: string) =>
  updateSlot(key, (slot) =>
    slot.failed ? { draft: mergeDrafts(slot.draft, slot.failed.draft), failed: null } : slot,
  );

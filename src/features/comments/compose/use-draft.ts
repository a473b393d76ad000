import { useState } from "react";
import type { MentionToken } from "./serialize.ts";

export interface Draft {
  text: string;
  mentions: MentionToken[];
}

const EMPTY: Draft = { text: "", mentions: [] };

/** The composer's text and chosen mentions; mentions whose label was edited away are dropped. */
export function useDraft() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  return {
    draft,
    setText: (text: string) =>
      setDraft((current) => ({
        text,
        mentions: current.mentions.filter((mention) => text.includes(mention.label)),
      })),
    addMention: (token: MentionToken) =>
      setDraft((current) => ({
        ...current,
        mentions: current.mentions.some((m) => m.label === token.label && m.userId === token.userId)
          ? current.mentions
          : [...current.mentions, token],
      })),
    restore: setDraft,
    clear: () => setDraft(EMPTY),
  };
}

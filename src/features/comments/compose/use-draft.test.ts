import { describe, expect, it } from "vitest";
import { type ComposerSlot, type Draft, editText, mergeDrafts } from "./use-draft.ts";

const draft = (text: string, externalId: string): Draft => ({ text, mentions: [], externalId });
const target = { taskId: "t1", task: null, isPublic: true, parentId: null };

describe("drafts", () => {
  it("keeps a draft's external id while it is typed", () => {
    const slot: ComposerSlot = { draft: draft("Hel", "d1"), failed: null };
    expect(editText(slot, "Hello").draft).toEqual(draft("Hello", "d1"));
  });

  it("makes an edited failed post a new draft (new external id, failure over); unchanged keeps both", () => {
    const failed = draft("Lost?", "d1");
    const slot: ComposerSlot = { draft: failed, failed: { draft: failed, target, message: "x" } };
    expect(editText(slot, "Lost?")).toEqual(slot);
    const edited = editText(slot, "Lost? Edited");
    expect(edited.draft.text).toBe("Lost? Edited");
    expect(edited.draft.externalId).not.toBe("d1");
    expect(edited.failed).toBeNull();
  });

  it("keeps a failed post shown apart when newer typing in the box changes", () => {
    const failed = draft("Failed", "d1");
    const slot: ComposerSlot = {
      draft: draft("Newer", "d2"),
      failed: { draft: failed, target, message: "x" },
    };
    const next = editText(slot, "Newer text");
    expect(next.failed?.draft).toEqual(failed);
    expect(next.draft.externalId).toBe("d2");
  });

  it("puts failed text after newer typing, or alone into an empty box, as a new draft", () => {
    const merged = mergeDrafts(draft("Newer", "d2"), draft("Failed", "d1"));
    expect(merged.text).toBe("Newer\n\nFailed");
    expect(["d1", "d2"]).not.toContain(merged.externalId);
    expect(mergeDrafts(draft("  ", "d2"), draft("Failed", "d1")).text).toBe("Failed");
  });
});

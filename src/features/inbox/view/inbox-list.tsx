import { useNavigate } from "@tanstack/react-router";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CommentData, UserData } from "../../../kanbert/schemas.ts";
import { useLoadOnEnd } from "../../../lib/use-load-on-end.ts";
import { Button } from "../../../ui/button.tsx";
import type { ReadStateApi } from "../unread/use-read-state.ts";
import { InboxRow } from "./inbox-row.tsx";
import { ShortcutsDialog } from "./shortcuts-dialog.tsx";
import { type InboxKeyActions, useInboxKeys } from "./use-inbox-keys.ts";

export interface InboxListProps {
  threads: readonly CommentData[];
  busy: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  read: ReadStateApi;
  users: readonly UserData[];
  lookup: (id: string) => UserData | undefined;
  onPosted: () => void;
}

const ESTIMATE = 180;

/**
 * The threads, virtualised with measured heights (a row that grows — replies shown, a reply box
 * opened — is re-measured; the virtualizer keeps rows above the viewport from shifting the view),
 * loading the next page when the end comes near, with a real "Load more" button as fallback.
 */
export function InboxList(props: InboxListProps) {
  const { threads, read } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  // -1: no thread chosen yet (the first `j` picks the first thread).
  const [active, setActive] = useState(-1);
  const [help, setHelp] = useState(false);
  const navigate = useNavigate();
  const virtualizer = useVirtualizer({
    count: threads.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATE,
    overscan: 4,
    getItemKey: (index) => threads[index]?.id ?? index,
    useFlushSync: false,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = props;
  useLoadOnEnd(scrollRef, sentinelRef, fetchNextPage, hasNextPage && !isFetchingNextPage);

  const actions = useMemo<InboxKeyActions>(() => {
    const rowOf = (index: number) =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] > article`);
    const focusRow = (index: number) => {
      virtualizer.scrollToIndex(index, { align: "auto" });
      requestAnimationFrame(() => rowOf(index)?.focus());
    };
    const current = () => threads[active];
    return {
      move: (by) => {
        const next = Math.min(Math.max(active + by, 0), threads.length - 1);
        setActive(next);
        focusRow(next);
      },
      reply: () => rowOf(active)?.querySelector<HTMLButtonElement>("button[aria-label^='Reply to']")?.click(),
      open: () => {
        const clientId = current()?.task?.client_id;
        if (clientId) void navigate({ to: "/clients/$clientId", params: { clientId } });
      },
      toggleUnread: () => {
        const thread = current();
        if (thread) read.toggle(thread);
      },
      help: () => setHelp(true),
    };
  }, [active, threads, read, navigate, virtualizer]);
  useInboxKeys(actions);
  // Whatever gets focus inside a thread (a click, Tab) makes that thread the active one.
  useEffect(() => {
    const root = scrollRef.current;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const row = event.target instanceof HTMLElement ? event.target.closest("[data-index]") : null;
      const index = Number(row?.getAttribute("data-index"));
      if (row && Number.isInteger(index)) setActive(index);
    };
    root.addEventListener("focusin", onFocusIn);
    return () => root.removeEventListener("focusin", onFocusIn);
  }, []);

  const items = virtualizer.getVirtualItems();
  return (
    <>
      <h2 className="sr-only">Threads</h2>
      <div
        ref={scrollRef}
        className="relative h-[calc(100dvh-16rem)] min-h-80 overflow-auto overscroll-contain"
      >
        <div
          role="feed"
          aria-label="Comment threads"
          aria-busy={props.busy}
          style={{ height: virtualizer.getTotalSize(), position: "relative" }}
        >
          {items.map((item) => {
            const thread = threads[item.index];
            if (!thread) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="absolute left-0 top-0 w-full border-b border-slate-200 dark:border-slate-800"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <InboxRow
                  thread={thread}
                  index={item.index}
                  active={item.index === active}
                  unread={read.isUnread(thread)}
                  onToggleRead={read.toggle}
                  users={props.users}
                  lookup={props.lookup}
                  onPosted={props.onPosted}
                />
              </div>
            );
          })}
        </div>
        <div ref={sentinelRef} className="h-px" />
        {hasNextPage && (
          <div className="flex justify-center p-3">
            <Button onClick={fetchNextPage} disabled={isFetchingNextPage}>
              {isFetchingNextPage ? "Loading more threads…" : "Load more threads"}
            </Button>
          </div>
        )}
      </div>
      <ShortcutsDialog open={help} onOpenChange={setHelp} />
    </>
  );
}

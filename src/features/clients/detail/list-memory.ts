/**
 * The clients list a person last looked at: its address and its place in the browser history.
 * The list page records it; a client page returns to it (Back, or after a delete) — by going back
 * when the list is the history entry right before, otherwise by opening its address.
 */
export interface ListVisit {
  href: string;
  historyIndex: number;
}

let lastVisit: ListVisit | null = null;

export function rememberListVisit(visit: ListVisit): void {
  lastVisit = visit;
}

export function lastListVisit(): ListVisit | null {
  return lastVisit;
}

/** Where a key press moves the active row of the table, or null when the key is not for moving. */
export function targetRow(key: string, current: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case "ArrowDown":
      return Math.min(current + 1, last);
    case "ArrowUp":
      return Math.max(current - 1, 0);
    case "PageDown":
      return Math.min(current + pageRows, last);
    case "PageUp":
      return Math.max(current - pageRows, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}

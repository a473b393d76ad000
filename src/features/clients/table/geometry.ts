/** Fixed row height of the clients table, in CSS pixels (rows are virtualised at this height). */
export const ROW_HEIGHT = 44;
/** Height of the sticky header row. */
export const HEADER_HEIGHT = 40;
/** Rows rendered beyond the visible ones, above and below. */
export const OVERSCAN = 8;
/** Rows a Page Up/Down moves by. */
export const PAGE_ROWS = 10;

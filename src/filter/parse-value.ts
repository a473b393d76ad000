import type { Scalar, SpecialName, Value } from "./ast.ts";
import { SPECIAL_NAMES } from "./ast.ts";
import type { Cursor } from "./cursor.ts";
import { describe } from "./cursor.ts";
import type { Span } from "./spans.ts";

const VALUE_EXPECTED = [
  "a quoted string",
  "a number",
  "true",
  "false",
  "null",
  "a [list]",
  "a special value",
];

function specialName(word: string): SpecialName | undefined {
  const lower = word.toLowerCase();
  return SPECIAL_NAMES.find((name) => name === lower);
}

/** One value that is not a list; `after` names what precedes it, for messages. */
function parseScalar(cursor: Cursor, after: string): Scalar {
  const token = cursor.peek();
  switch (token.kind) {
    case "string":
    case "number":
      cursor.advance();
      return token.value;
    case "today-offset":
      cursor.advance();
      return { kind: "today-offset", days: token.days };
    case "word": {
      const lower = token.text.toLowerCase();
      const name = specialName(lower);
      if (lower === "true" || lower === "false" || lower === "null" || name !== undefined) cursor.advance();
      if (lower === "true") return true;
      if (lower === "false") return false;
      if (lower === "null") return null;
      if (name !== undefined) return { kind: "special", name };
      return cursor.fail(
        `expected a value after '${after}', found '${token.text}' — text needs quotes, e.g. "${token.text}"`,
        token,
        VALUE_EXPECTED,
      );
    }
    case "eof":
      return cursor.fail(`expected a value after '${after}'`, token, VALUE_EXPECTED);
    default:
      if (token.text === "[") {
        return cursor.fail("a list cannot contain another list", token);
      }
      return cursor.fail(
        `expected a value after '${after}', found ${describe(token)}`,
        token,
        VALUE_EXPECTED,
      );
  }
}

export interface ParsedValue {
  value: Value;
  span: Span;
  items?: Span[];
}

export function parseValue(cursor: Cursor, after: string): ParsedValue {
  const open = cursor.peek();
  if (!cursor.isSymbol("[")) {
    const value = parseScalar(cursor, after);
    return { value, span: { offset: open.offset, length: cursor.lastEnd - open.offset } };
  }
  cursor.advance();
  const items: Scalar[] = [];
  const spans: Span[] = [];
  if (cursor.isSymbol("]")) cursor.advance();
  else {
    for (;;) {
      const start = cursor.peek().offset;
      items.push(parseScalar(cursor, items.length === 0 ? "[" : ","));
      spans.push({ offset: start, length: cursor.lastEnd - start });
      if (cursor.isSymbol(",")) {
        cursor.advance();
        continue;
      }
      if (cursor.isSymbol("]")) {
        cursor.advance();
        break;
      }
      const token = cursor.peek();
      if (token.kind === "eof") cursor.fail(`missing ']' to close the '[' at ${open.offset}`, token, ["]"]);
      cursor.fail(`expected ',' or ']' in the list, found ${describe(token)}`, token, [",", "]"]);
    }
  }
  return { value: items, span: { offset: open.offset, length: cursor.lastEnd - open.offset }, items: spans };
}

import { MAX_DAY_OFFSET } from "./ast.ts";
import type { FilterError } from "./errors.ts";

type SymbolText =
  | "("
  | ")"
  | "["
  | "]"
  | ","
  | "="
  | "=="
  | "!="
  | "<>"
  | "<"
  | "<="
  | ">"
  | ">="
  | "&&"
  | "||";

interface At {
  offset: number;
  length: number;
}
/** `word` is an identifier path (`name`, `primary_contact.id`, `me.id`, `and`, `StartsWith` …). */
export type Token = At &
  (
    | { kind: "word"; text: string }
    | { kind: "string"; value: string }
    | { kind: "number"; value: number; text: string }
    | { kind: "today-offset"; days: number; text: string }
    | { kind: "symbol"; text: SymbolText }
    | { kind: "eof" }
    | { kind: "error"; error: FilterError }
  );

const SYMBOLS: readonly SymbolText[] = [
  "==",
  "!=",
  "<>",
  "<=",
  ">=",
  "&&",
  "||",
  "(",
  ")",
  "[",
  "]",
  ",",
  "=",
  "<",
  ">",
];
const WORD = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const DAY_OFFSET = /([+-])(\d+)d(?![A-Za-z0-9_.])/y;
const IDENT_CHAR = /[A-Za-z0-9_.]/;

function matchAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

/** The text a sticky pattern matches at `offset`; callers only ask where it matches. */
function matchedAt(pattern: RegExp, text: string, offset: number): string {
  // Stryker disable next-line OptionalChaining,StringLiteral: every caller asks where the pattern matches (a letter for WORD, a digit for NUMBER, a `*` pattern), so the fallback is never taken
  return matchAt(pattern, text, offset)?.[0] ?? "";
}

function error(message: string, offset: number, length: number): Token {
  return { kind: "error", error: { message, offset, length }, offset, length };
}

function unexpected(text: string, offset: number): Token {
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  return error(`unexpected character '${char}'`, offset, char.length);
}

function readString(text: string, start: number): Token {
  const quote = text[start];
  let value = "";
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (char === quote) return { kind: "string", value, offset: start, length: i + 1 - start };
    if (char === "\\") i++;
    value += text.charAt(i);
  }
  return error(
    `unclosed string: the ${quote} at ${start} has no closing ${quote}`,
    start,
    text.length - start,
  );
}

function readWord(text: string, start: number): Token {
  const word = matchedAt(WORD, text, start);
  const end = start + word.length;
  if (text[end] === ".") return error(`expected a name after '.' in '${word}.'`, start, end + 1 - start);
  if (word.toLowerCase() === "today") {
    const offset = matchAt(DAY_OFFSET, text, end);
    if (offset !== null) {
      const days = offset[1] === "-" ? -Number(offset[2]) : Number(offset[2]);
      const length = end - start + offset[0].length;
      if (Math.abs(days) > MAX_DAY_OFFSET)
        return error(`day offset too large (at most ${MAX_DAY_OFFSET} days)`, start, length);
      return {
        kind: "today-offset",
        days: days === 0 ? 0 : days,
        text: text.slice(start, start + length),
        offset: start,
        length,
      };
    }
    if (/^[+-]\d/.test(text.slice(end))) {
      return error("write a day offset like today+5d or today-30d", start, end + 2 - start);
    }
  }
  return { kind: "word", text: word, offset: start, length: word.length };
}

function readNumber(text: string, start: number): Token {
  const literal = matchedAt(NUMBER, text, start);
  const end = start + literal.length;
  if (IDENT_CHAR.test(text.charAt(end))) {
    const rest = matchedAt(/[A-Za-z0-9_.]*/y, text, end);
    return error(`invalid number '${literal}${rest}'`, start, literal.length + rest.length);
  }
  const value = Number(literal);
  if (!Number.isFinite(value)) return error(`number '${literal}' is too large`, start, literal.length);
  return {
    kind: "number",
    value: value === 0 ? 0 : value,
    text: literal,
    offset: start,
    length: literal.length,
  };
}

/** Splits filter text into tokens. Stops at the first bad token, which becomes an `error` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    let token: Token;
    if (char === '"' || char === "'") token = readString(text, i);
    else if (/[A-Za-z_]/.test(char)) token = readWord(text, i);
    else if (/[0-9]/.test(char) || (char === "-" && /[0-9]/.test(text.charAt(i + 1))))
      token = readNumber(text, i);
    else {
      const symbol = SYMBOLS.find((candidate) => text.startsWith(candidate, i));
      token =
        symbol === undefined
          ? unexpected(text, i)
          : { kind: "symbol", text: symbol, offset: i, length: symbol.length };
    }
    tokens.push(token);
    if (token.kind === "error") return tokens;
    i = token.offset + token.length;
  }
  tokens.push({ kind: "eof", offset: text.length, length: 0 });
  return tokens;
}

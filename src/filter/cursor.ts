import type { FilterError } from "./errors.ts";
import type { Token } from "./lexer.ts";
import { tokenize } from "./lexer.ts";

/** Thrown inside the parser only; `parse` turns it into an error value. */
export class ParseFailure {
  constructor(readonly error: FilterError) {}
}

export function describe(token: Token): string {
  switch (token.kind) {
    case "eof":
      return "the end of the filter";
    case "string": {
      const shown = token.value.length > 24 ? `${token.value.slice(0, 24)}…` : token.value;
      return `the string "${shown}"`;
    }
    case "error":
      return "an error";
    default:
      return `'${token.text}'`;
  }
}

/** A read position over the tokens of one filter text. */
export class Cursor {
  private readonly tokens: Token[];
  private index = 0;
  /** End offset of the last consumed token. */
  lastEnd = 0;

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
  }

  /** The token at `index`; past the last one, the end of the text. */
  private at(index: number): Token {
    return this.tokens[index] ?? { kind: "eof", offset: this.text.length, length: 0 };
  }

  /** The current token. A lexer error surfaces here, in reading order. */
  peek(): Exclude<Token, { kind: "error" }> {
    const token = this.at(this.index);
    if (token.kind === "error") throw new ParseFailure(token.error);
    return token;
  }

  /** The token after the current one, without surfacing errors. */
  peekNext(): Token {
    return this.at(this.index + 1);
  }

  advance(): Exclude<Token, { kind: "error" }> {
    const token = this.peek();
    this.index++;
    this.lastEnd = token.offset + token.length;
    return token;
  }

  isSymbol(text: string): boolean {
    const token = this.peek();
    return token.kind === "symbol" && token.text === text;
  }

  isWord(...words: string[]): boolean {
    const token = this.peek();
    return token.kind === "word" && words.includes(token.text.toLowerCase());
  }

  fail(message: string, token: Token, expected?: string[]): never {
    const error: FilterError = { message, offset: token.offset, length: token.length };
    if (expected !== undefined) error.expected = expected;
    throw new ParseFailure(error);
  }
}

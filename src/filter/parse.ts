import type { CountNode, FilterNode, Group, QuantifierNode } from "./ast.ts";
import { isCountOperator } from "./ast.ts";
import { Cursor, describe, ParseFailure } from "./cursor.ts";
import type { Result } from "./errors.ts";
import { failure } from "./errors.ts";
import type { Token } from "./lexer.ts";
import type { OperatorWord } from "./operators.ts";
import { lookupOperator, OPERATOR_WORDS } from "./operators.ts";
import { parseValue } from "./parse-value.ts";
import type { NodeSpans } from "./spans.ts";
import { withSpans } from "./spans.ts";
import { didYouMean } from "./suggest.ts";

/** Deeper nesting than this is refused rather than risking the stack. */
const MAX_DEPTH = 100;
const CONTINUE = ["and", "or", "the end of the filter"];

/**
 * Parses the string DSL (SPEC §6.2). Empty or blank text is "no filter" (`ast: null`).
 * Never throws: every problem comes back as `{ ok: false, error }` with a position.
 */
export function parse(text: string): Result<FilterNode | null> {
  try {
    const cursor = new Cursor(text);
    if (cursor.peek().kind === "eof") return { ok: true, ast: null };
    const ast = new Parser(cursor).expression();
    const rest = cursor.peek();
    if (cursor.isSymbol(")")) cursor.fail("unexpected ')' — there is no '(' to close", rest);
    if (rest.kind !== "eof")
      cursor.fail(`expected 'and', 'or' or the end of the filter, found ${describe(rest)}`, rest, CONTINUE);
    return { ok: true, ast };
  } catch (caught) {
    if (caught instanceof ParseFailure) return { ok: false, error: caught.error };
    // Stryker disable next-line StringLiteral: defensive, no input gets here (the parser throws only ParseFailure; the fuzz tests check that parse never throws)
    return failure(`internal parser error: ${String(caught)}`, 0, text.length);
  }
}

class Parser {
  private depth = 0;
  constructor(private readonly cursor: Cursor) {}

  expression(): FilterNode {
    return this.chain("or", () => this.chain("and", () => this.unary()));
  }

  private chain(kind: "and" | "or", operand: () => FilterNode): FilterNode {
    const start = this.cursor.peek().offset;
    const first = operand();
    const more: FilterNode[] = [];
    while (this.cursor.isWord(kind) || this.cursor.isSymbol(kind === "and" ? "&&" : "||")) {
      this.cursor.advance();
      more.push(operand());
    }
    if (more.length === 0) return first;
    const group: Group = { type: "group", kind, children: [first, ...more] };
    return withSpans(group, { offset: start, length: this.cursor.lastEnd - start });
  }

  private unary(): FilterNode {
    const token = this.cursor.peek();
    if (this.cursor.isSymbol("(")) return this.parenthesised(token, "a condition");
    if (token.kind === "word" && (!this.isConnector(token) || this.startsCondition()))
      return this.condition(token);
    return this.cursor.fail(`expected a condition (a field name or '('), found ${describe(token)}`, token, [
      "a field name",
      "(",
    ]);
  }

  private isConnector(token: Token & { kind: "word" }): boolean {
    const lower = token.text.toLowerCase();
    return lower === "and" || lower === "or";
  }

  /** `and eq 1`: a field literally named `and` is still a field when an operator follows. */
  private startsCondition(): boolean {
    const next = this.cursor.peekNext();
    if (next.kind !== "word" && next.kind !== "symbol") return false;
    return next.text.toLowerCase() === "is" || lookupOperator(next.text) !== undefined;
  }

  private parenthesised(open: Token, inside: string): FilterNode {
    if (++this.depth > MAX_DEPTH)
      this.cursor.fail(`the filter is nested too deeply (over ${MAX_DEPTH} levels)`, open);
    this.cursor.advance();
    if (this.cursor.isSymbol(")"))
      this.cursor.fail(`expected ${inside} inside '()'`, this.cursor.peek(), [inside]);
    const inner = this.expression();
    const close = this.cursor.peek();
    if (close.kind === "eof")
      this.cursor.fail(`missing ')' to close the '(' at ${open.offset}`, close, [")"]);
    if (!this.cursor.isSymbol(")")) {
      this.cursor.fail(
        `expected 'and', 'or' or ')' to close the '(' at ${open.offset}, found ${describe(close)}`,
        close,
        ["and", "or", ")"],
      );
    }
    this.cursor.advance();
    this.depth--;
    return inner;
  }

  private condition(fieldToken: Token & { kind: "word" }): FilterNode {
    const cursor: Cursor = this.cursor;
    const field = fieldToken.text;
    cursor.advance();
    const opToken = cursor.peek();
    const op = this.operator(field);
    const spans: NodeSpans = {
      offset: fieldToken.offset,
      length: 0,
      field: { offset: fieldToken.offset, length: fieldToken.length },
      op: { offset: opToken.offset, length: cursor.lastEnd - opToken.offset },
    };
    const finish = <T extends FilterNode>(node: T): T =>
      withSpans(node, { ...spans, length: cursor.lastEnd - fieldToken.offset });

    if (op.kind === "quantifier") {
      const where = cursor.isSymbol("(")
        ? this.parenthesised(cursor.peek(), "a condition on the related rows")
        : undefined;
      const node: QuantifierNode =
        where === undefined
          ? { type: "quantifier", field, quantifier: op.op }
          : { type: "quantifier", field, quantifier: op.op, where };
      return finish(node);
    }
    if (op.op === "isnull" || op.op === "isnotnull") return finish({ type: "condition", field, op: op.op });
    const after = cursor.text.slice(opToken.offset, cursor.lastEnd);
    if (field.endsWith(".count") && isCountOperator(op.op)) {
      const valueToken = cursor.peek();
      if (valueToken.kind !== "number") {
        const found = valueToken.kind === "eof" ? "" : `, found ${describe(valueToken)}`;
        cursor.fail(
          `expected a number after '${after}' ('${field}' counts related rows)${found}`,
          valueToken,
          ["a number"],
        );
      }
      cursor.advance();
      spans.value = { offset: valueToken.offset, length: valueToken.length };
      const node: CountNode = {
        type: "count",
        field: field.slice(0, -".count".length),
        op: op.op,
        value: valueToken.value,
      };
      return finish(node);
    }
    const parsed = parseValue(cursor, after);
    spans.value = parsed.span;
    if (parsed.items !== undefined) spans.items = parsed.items;
    return finish({ type: "condition", field, op: op.op, value: parsed.value });
  }

  private operator(field: string): OperatorWord {
    const cursor: Cursor = this.cursor;
    const token = cursor.peek();
    const symbol = token.kind === "symbol" ? lookupOperator(token.text) : undefined;
    if (symbol !== undefined) {
      cursor.advance();
      return symbol;
    }
    if (token.kind !== "word") {
      const found = token.kind === "eof" ? "" : `, found ${describe(token)}`;
      return cursor.fail(`expected an operator after '${field}'${found}`, token, [...OPERATOR_WORDS]);
    }
    cursor.advance();
    if (token.text.toLowerCase() === "is") {
      const not = cursor.isWord("not");
      if (not) cursor.advance();
      if (!cursor.isWord("null")) {
        const next = cursor.peek();
        cursor.fail(
          `expected '${not ? "null" : "null' or 'not null"}' after '${cursor.text.slice(token.offset, cursor.lastEnd)}'`,
          next,
          not ? ["null"] : ["null", "not null"],
        );
      }
      cursor.advance();
      return { kind: "comparison", op: not ? "isnotnull" : "isnull" };
    }
    const op = lookupOperator(token.text);
    if (op === undefined) {
      cursor.fail(`unknown operator '${token.text}'${didYouMean(token.text, OPERATOR_WORDS)}`, token, [
        ...OPERATOR_WORDS,
      ]);
    }
    return op;
  }
}

import { type Catalogue, type FilterNode, parse, validate } from "../../../filter/index.ts";

export interface TextProblem {
  message: string;
  offset: number;
  length: number;
  expected?: readonly string[];
}

export type TextAnalysis =
  | { parsed: true; ast: FilterNode | null; problems: TextProblem[] }
  | { parsed: false; problems: TextProblem[] };

/** Parses and validates filter text; every problem carries the span of the text it is about. */
export function analyseText(text: string, catalogue: Catalogue): TextAnalysis {
  const parsed = parse(text);
  if (!parsed.ok) {
    const { message, offset, length, expected } = parsed.error;
    return { parsed: false, problems: [{ message, offset, length, ...(expected ? { expected } : {}) }] };
  }
  const problems = validate(parsed.ast, catalogue).map((issue) => ({
    message: issue.message,
    offset: issue.offset ?? 0,
    length: issue.length ?? text.length,
  }));
  return { parsed: true, ast: parsed.ast, problems };
}

/** The text split around a problem's span; an empty span at the end marks one blank cell. */
export function splitAt(
  text: string,
  problem: TextProblem,
): { before: string; marked: string; after: string } {
  const start = Math.min(problem.offset, text.length);
  const end = Math.min(text.length, start + Math.max(problem.length, 1));
  const marked = text.slice(start, end);
  return { before: text.slice(0, start), marked: marked === "" ? " " : marked, after: text.slice(end) };
}

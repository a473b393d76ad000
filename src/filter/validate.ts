import type { FilterNode } from "./ast.ts";
import { isList } from "./ast.ts";
import type { Catalogue, FieldSpec, Operator } from "./catalogue.ts";
import { findField } from "./catalogue.ts";
import type { Span } from "./spans.ts";
import { spanOf } from "./spans.ts";
import { didYouMean } from "./suggest.ts";
import { countProblem, scalarProblem } from "./validate-value.ts";

/** Child indexes through groups, `"where"` into a relation's sub-expression. */
export type AstPath = (number | "where")[];

export interface ValidationIssue {
  message: string;
  /** Which node, so a visual builder can put the message on its row. */
  path: AstPath;
  /** Present when the AST came from `parse`. */
  offset?: number;
  length?: number;
}

interface Scope {
  fields: readonly FieldSpec[];
  /** `on GET /clients/full` or `in the projects relation`, for messages. */
  where: string;
  path: AstPath;
  /** The node is the whole filter or a child of the top-level AND. */
  topLevel: boolean;
}

/** Checks an AST against an endpoint's catalogue; an empty list means the filter is valid. */
export function validate(ast: FilterNode | null, catalogue: Catalogue): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const placed = new Map<string, number>();
  const issue = (node: FilterNode, path: AstPath, message: string, part?: Span) => {
    const span = part ?? spanOf(node);
    issues.push(
      span === undefined ? { message, path } : { message, path, offset: span.offset, length: span.length },
    );
  };

  const field = (node: FilterNode, scope: Scope, name: string): FieldSpec | undefined => {
    const spec = findField(scope.fields, name);
    if (spec === undefined) {
      const names = scope.fields.map((candidate) => candidate.name);
      issue(
        node,
        scope.path,
        `unknown field '${name}' ${scope.where}${didYouMean(name, names)}`,
        spanOf(node)?.field,
      );
    }
    return spec;
  };
  const operator = (
    node: FilterNode,
    scope: Scope,
    spec: FieldSpec,
    op: Operator,
    shown: string,
  ): boolean => {
    if (spec.operators.includes(op)) return true;
    const allowed = spec.operators.join(", ");
    issue(
      node,
      scope.path,
      `operator '${shown}' is not allowed for '${spec.name}' — use one of ${allowed}`,
      spanOf(node)?.op,
    );
    return false;
  };

  const visit = (node: FilterNode, scope: Scope): void => {
    const spans = spanOf(node);
    switch (node.type) {
      case "group":
        node.children.forEach((child, i) => {
          visit(child, {
            ...scope,
            path: [...scope.path, i],
            topLevel: scope.topLevel && node.kind === "and" && scope.path.length === 0,
          });
        });
        return;
      case "count":
      case "quantifier": {
        const spec = field(node, scope, node.field);
        if (spec === undefined) return;
        const op = node.type === "count" ? "count" : node.quantifier;
        if (spec.type.kind !== "relation") {
          issue(
            node,
            scope.path,
            `'${spec.name}' is not a relation, so '${op}' does not apply — compare it with an operator such as eq`,
            spans?.op,
          );
          return;
        }
        operator(node, scope, spec, op, op);
        if (node.type === "count") {
          const problem = countProblem(node.value);
          if (problem !== undefined) issue(node, scope.path, problem, spans?.value);
        } else if (node.where !== undefined) {
          visit(node.where, {
            fields: spec.type.fields,
            where: `in the '${spec.name}' relation`,
            path: [...scope.path, "where"],
            topLevel: false,
          });
        }
        return;
      }
      case "condition": {
        const spec = field(node, scope, node.field);
        if (spec === undefined) return;
        if (spec.type.kind === "relation") {
          issue(
            node,
            scope.path,
            `'${spec.name}' is a relation: filter it with any, none, all or ${spec.name}.count`,
            spans?.op,
          );
          return;
        }
        if (spec.placement === "top-level-and") {
          const seen = (placed.get(spec.name) ?? 0) + 1;
          placed.set(spec.name, seen);
          if (!scope.topLevel) {
            issue(
              node,
              scope.path,
              `'${spec.name}' may only be a condition of the top-level 'and' (not inside 'or' or a relation)`,
            );
          } else if (seen > 1) issue(node, scope.path, `'${spec.name}' may appear only once`);
        }
        if (!operator(node, scope, spec, node.op, node.op) || !("value" in node)) return;
        const value = node.value;
        const wantsList = node.op === "in" || node.op === "nin";
        if (wantsList !== isList(value)) {
          const message = wantsList
            ? `'${node.op}' needs a list, e.g. ${node.field} ${node.op} ["a", "b"]`
            : `'${node.op}' takes one value, not a list${node.op === "eq" ? " — use 'in'" : node.op === "ne" ? " — use 'nin'" : ""}`;
          issue(node, scope.path, message, spans?.value);
          return;
        }
        if (isList(value) && value.length === 0) {
          issue(
            node,
            scope.path,
            `'${node.op}' needs at least one value, e.g. ${node.field} ${node.op} ["a"]`,
            spans?.value,
          );
          return;
        }
        const items = isList(value) ? value : [value];
        items.forEach((item, i) => {
          const problem = scalarProblem(spec, item);
          if (problem !== undefined)
            issue(node, scope.path, problem, isList(value) ? spans?.items?.[i] : spans?.value);
        });
        return;
      }
    }
  };

  if (ast !== null)
    visit(ast, { fields: catalogue.fields, where: `on ${catalogue.endpoint}`, path: [], topLevel: true });
  return issues;
}

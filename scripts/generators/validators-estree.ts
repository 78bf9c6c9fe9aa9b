import { parse } from "acorn";

/**
 * A node of Acorn's ESTree for Ajv's output. Ajv's code is plain JavaScript, read here by node type
 * and offsets only, so the nodes are loosely typed.
 */
// biome-ignore lint/suspicious/noExplicitAny: ESTree nodes are read by their `type`, field by field
export type EsNode = { type: string; start: number; end: number } & Record<string, any>;

/** Parses Ajv's standalone module, keeping parentheses as nodes (the rewrite reads their text). */
export function parseModule(code: string): EsNode {
  return parse(code, {
    ecmaVersion: "latest",
    sourceType: "module",
    preserveParens: true,
  }) as unknown as EsNode;
}

/** The source text of a node. */
export function textOf(text: string, node: EsNode): string {
  return text.slice(node.start, node.end);
}

function isNode(value: unknown): value is EsNode {
  return typeof (value as EsNode | null)?.type === "string";
}

/** The child nodes of a node, in source order. */
export function childrenOf(node: EsNode): EsNode[] {
  const children: EsNode[] = [];
  for (const key in node) {
    if (key === "regex") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) children.push(value);
  }
  return children;
}

/** Calls `visit` on a node and every node under it. */
export function eachNode(node: EsNode, visit: (node: EsNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) eachNode(child, visit);
}

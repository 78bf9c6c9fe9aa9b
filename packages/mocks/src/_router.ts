import type { Route } from "./_route.js";

/** A request the router placed: the operation and its decoded path parameters. */
export interface RouteMatch {
  readonly operationId: string;
  readonly route: Route;
  readonly params: Record<string, string>;
}

/** What the router says about a request. `allowed` (a 405) when only the method is wrong. */
export type RouteResult =
  | { readonly kind: "match"; readonly match: RouteMatch }
  | { readonly kind: "method"; readonly allowed: readonly string[] }
  | { readonly kind: "none" };

interface Node {
  readonly literal: Map<string, Node>;
  /** Segments with text around their parameters (`{name}.json`, `{from}-{to}`), by template. */
  readonly mixed: Map<string, { readonly pattern: RegExp; readonly node: Node }>;
  param?: { readonly name: string; readonly node: Node };
  readonly methods: Map<string, { operationId: string; route: Route; names: string[] }>;
}

const newNode = (): Node => ({ literal: new Map(), mixed: new Map(), methods: new Map() });

const PARAMETER = /\{([^{}]+)\}/g;

// A segment with text around its parameters as a pattern: each parameter takes as little as it can.
function mixedPattern(segment: string): RegExp {
  const parts = segment.split(PARAMETER);
  const source = parts
    .map((part, i) => (i % 2 === 1 ? "(.+?)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

// The path without its trailing slash (`/` itself kept): templates and requests alike.
function trimmed(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

function insert(root: Node, operationId: string, route: Route): void {
  let node = root;
  const names: string[] = [];
  for (const segment of trimmed(route.path).split("/").slice(1)) {
    const params = [...segment.matchAll(PARAMETER)].map((m) => m[1] as string);
    if (params.length === 0) {
      const next = node.literal.get(segment) ?? newNode();
      node.literal.set(segment, next);
      node = next;
    } else if (params.length === 1 && segment === `{${params[0]}}`) {
      node.param ??= { name: params[0] as string, node: newNode() };
      names.push(params[0] as string);
      node = node.param.node;
    } else {
      const next = node.mixed.get(segment) ?? { pattern: mixedPattern(segment), node: newNode() };
      node.mixed.set(segment, next);
      names.push(...params);
      node = next.node;
    }
  }
  if (node.methods.has(route.method)) {
    throw new Error(`${route.method} ${route.path} is routed twice (${operationId})`);
  }
  node.methods.set(route.method, { operationId, route, names });
}

// Literal segments are tried before a parameter, so `/devices/policy/exclude` wins over
// `/devices/policy/{policy_id}`; a dead end on the literal side falls back to the parameter. A
// segment with text around its parameters comes in between: `{name}.json` before `{id}`.
function find(node: Node, segments: string[], i: number, values: string[]): Node | undefined {
  if (i === segments.length) return node.methods.size > 0 ? node : undefined;
  const segment = segments[i] as string;
  const literal = node.literal.get(segment);
  if (literal) {
    const found = find(literal, segments, i + 1, values);
    if (found) return found;
  }
  if (node.mixed.size > 0)
    for (const { pattern, node: next } of node.mixed.values()) {
      const groups = pattern.exec(segment)?.slice(1);
      if (!groups) continue;
      values.push(...groups);
      const found = find(next, segments, i + 1, values);
      if (found) return found;
      values.length -= groups.length;
    }
  if (node.param && segment !== "") {
    values.push(segment);
    const found = find(node.param.node, segments, i + 1, values);
    if (found) return found;
    values.pop();
  }
  return undefined;
}

/**
 * Compiles the route table once into a tree matched segment by segment: the cost of a lookup
 * grows with the depth of the path, not with the number of routes.
 */
export function createRouter(routes: Readonly<Record<string, Route>>) {
  const root = newNode();
  for (const [operationId, route] of Object.entries(routes)) insert(root, operationId, route);
  return {
    /** Places `method path` (a path below the base URL, without the query string). */
    match(method: string, path: string): RouteResult {
      const values: string[] = [];
      const node = find(root, trimmed(path).split("/").slice(1), 0, values);
      if (!node) return { kind: "none" };
      const entry = node.methods.get(method);
      if (!entry) return { kind: "method", allowed: [...node.methods.keys()].sort() };
      const params: Record<string, string> = {};
      for (let i = 0; i < entry.names.length; i++) {
        params[entry.names[i] as string] = decode(values[i] as string);
      }
      return {
        kind: "match",
        match: { operationId: entry.operationId, route: entry.route, params },
      };
    },
  };
}

/** The router `createRouter` builds. */
export type Router = ReturnType<typeof createRouter>;

function decode(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

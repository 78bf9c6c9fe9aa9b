import { type OperationEntry, readOperationEntry } from "@zt-devices/types/operations";
import type { Coercion } from "@zt-devices/validators/coerce";
import type { HttpMethod, Route } from "./_route.js";

/** The route of a table entry, its method and path kept as the entry's literal types. */
export type RouteOf<Entry extends OperationEntry, Query extends Coercion> = Route & {
  readonly method: Entry[1];
  readonly path: Entry[2];
  readonly query: Query;
};

/**
 * The mock's route table: for each operation `query` names, its entry of the shared operation
 * table spelled out as a route (`x-resource` and `x-method` from the entry's dotted name), with
 * the coercions of its query parameters. The table stays the one place that says what an
 * operation's method, path, body, list kind and envelope are.
 */
export function routesOf<
  Table extends { readonly [Id in keyof Query]: OperationEntry },
  Query extends { readonly [id: string]: Coercion },
>(table: Table, query: Query): { readonly [Id in keyof Query]: RouteOf<Table[Id], Query[Id]> } {
  const routes: Record<string, Route> = {};
  for (const id of Object.keys(query)) {
    const facts = readOperationEntry(table[id] as OperationEntry);
    const dot = facts.name.lastIndexOf(".");
    routes[id] = {
      method: facts.method as HttpMethod,
      path: facts.path,
      resource: dot < 0 ? "" : facts.name.slice(0, dot),
      action: facts.name.slice(dot + 1),
      envelope: facts.envelope,
      ...(facts.pagination && { pagination: facts.pagination }),
      ...(facts.body && { body: facts.optionalBody ? "optional" : "required" }),
      query: query[id] as Coercion,
    };
  }
  return routes as { readonly [Id in keyof Query]: RouteOf<Table[Id], Query[Id]> };
}

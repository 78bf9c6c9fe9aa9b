import type { Answer, Behaviour, Json, OperationContext } from "../_behaviour.js";
import { notFound } from "../_failure.js";
import { checkRoom } from "../_limits.js";
import { wholeList } from "../_paginate.js";
import type { AccountState } from "../create-store.js";

/** How one kind of record is kept and shown; the generic behaviours do the rest. */
export interface CollectionSpec {
  /** What a record is called in messages ("posture rule"). */
  readonly what: string;
  /** The path parameter holding a record's id. */
  readonly param: string;
  /** The account's records, by id. */
  readonly records: (account: AccountState) => Map<string, Json>;
  /** Builds a new record (create) or the replacement of one (PUT) from the request body. */
  readonly build: (body: Json, context: OperationContext, id: string, previous?: Json) => Json;
  /** The record a PATCH leaves, with the rules tying its fields together; `{ ...previous, ...body }` when absent. */
  readonly merge?: (previous: Json, body: Json) => Json;
  /** A fresh id. */
  readonly newId: (account: AccountState) => string;
  /** The record as the API sends it; the record itself when absent. */
  readonly render?: (record: Json) => Json;
  /** The answer to a list; the whole list when absent. */
  readonly list?: (records: Json[], context: OperationContext) => Answer;
  /** The answer to a delete, given what is left. */
  readonly deleted: (id: string, remaining: Json[], context: OperationContext) => Answer;
  /** Fields the server assigns (ids, timestamps): a body that sends them is not listened to. */
  readonly assigned: readonly string[];
  /** Called before a record is written, to refuse it (by throwing an `ApiFailure`). */
  readonly check?: (record: Json, context: OperationContext, id: string) => void;
}

/** The record named by the path, or a 404 naming it. */
export function recordOf(spec: CollectionSpec, context: OperationContext): [string, Json] {
  const id = context.params[spec.param] as string;
  const record = spec.records(context.account).get(id);
  if (!record) throw notFound(spec.what, id);
  return [id, record];
}

/** The behaviours `crud` gives a collection, by `x-method`. */
export type CrudBehaviours = {
  readonly [M in "list" | "get" | "create" | "update" | "edit" | "delete"]: Behaviour;
};

/**
 * The behaviours every collection shares: create, get, list, update (PUT replaces the record),
 * edit (PATCH merges into it) and delete, after which the id answers 404.
 */
export function crud(spec: CollectionSpec): CrudBehaviours {
  const show = (record: Json) => (spec.render ? spec.render(record) : record);
  const own = (body: unknown) => withoutFields(body as Json, spec.assigned);
  const update: Behaviour = (context) => {
    const [id, previous] = recordOf(spec, context);
    const body = own(context.body);
    const record =
      context.route.method === "PATCH"
        ? {
            ...(spec.merge ? spec.merge(previous, body) : { ...previous, ...body }),
            ...stamp(previous, context),
          }
        : spec.build(body, context, id, previous);
    spec.check?.(record, context, id);
    spec.records(context.account).set(id, record);
    return { result: show(record) };
  };
  return {
    list(context) {
      const records = [...spec.records(context.account).values()];
      if (spec.list) return spec.list(records, context);
      const { result, resultInfo } = wholeList(records.map(show));
      return { result, resultInfo };
    },
    get(context) {
      return { result: show(recordOf(spec, context)[1]) };
    },
    create(context) {
      const records = spec.records(context.account);
      checkRoom(records.size, spec.what, context);
      const id = spec.newId(context.account);
      const record = spec.build(own(context.body), context, id);
      spec.check?.(record, context, id);
      records.set(id, record);
      return { result: show(record) };
    },
    update,
    edit: update,
    delete(context) {
      const [id] = recordOf(spec, context);
      const records = spec.records(context.account);
      records.delete(id);
      return spec.deleted(id, [...records.values()].map(show), context);
    },
  };
}

/** The body without the fields the server assigns: the API does not let a request set them. */
export function withoutFields(body: Json, fields: readonly string[]): Json {
  if (!fields.some((field) => Object.hasOwn(body, field))) return body;
  const copy = { ...body };
  for (const field of fields) delete copy[field];
  return copy;
}

// Records that carry `updated_at` get a new one on every change.
function stamp(previous: Json, context: OperationContext): Json {
  return "updated_at" in previous ? { updated_at: context.store.now() } : {};
}

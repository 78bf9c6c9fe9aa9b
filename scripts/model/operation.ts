import type { WireCoercion } from "./coercion.js";
import type { Json } from "./document.js";
import type { HttpMethod } from "./http-methods.js";
import type { Scope } from "./scope.js";

/** A parameter of an operation: the path item's and the operation's own, the operation's winning. */
export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  /** Always true for a path parameter. */
  required: boolean;
  /** The schema as the spec writes it (maybe a `$ref`); `{}` when it has none. */
  schema: unknown;
  description: string | undefined;
  /** How its value, a string on the wire, becomes what the schema describes. */
  coercion: WireCoercion;
}

/** The request body of an operation. */
export interface RequestBody {
  required: boolean;
  /** The JSON media type its schema is read from (`application/json` first), or undefined. */
  media: string | undefined;
  /** The schema of that media type, as the spec writes it; undefined without one. */
  schema: unknown;
  /** The JSON pointer of the request body in the document. */
  pointer: string;
}

/** One answer of an operation, by status (`200`, `4XX`, `default`). */
export interface Answer {
  status: string;
  /** The schema of its JSON content, as the spec writes it; undefined when it has none. */
  schema: unknown;
  /** Whether it is wrapped in the `{ success, result }` envelope (`envelopeOf`). */
  enveloped: boolean;
  /** The envelope's `result` schema, or the whole answer's when it has no envelope. */
  result: unknown;
  /** Its documented example (`example`, else the first of `examples`), when it has one. */
  example: { value: unknown } | undefined;
}

/** One operation of the spec, as every generator reads it. */
export interface Operation {
  /** The operationId, an identifier (renamed as `decisions/naming-for-foreign-specs.md` says). */
  id: string;
  method: HttpMethod;
  path: string;
  /** The JSON pointer of the operation in the document: `/paths/~1a~1{b}/get`. */
  pointer: string;
  /** Where it sits: `x-resource` split on dots (`["policies", "default", "excludes"]`). */
  resource: string[];
  /** Its name there, `x-method` (`set`, `bulkDelete`). */
  name: string;
  pagination: "page" | "cursor" | undefined;
  scope: Scope | undefined;
  parameters: Parameter[];
  body: RequestBody | undefined;
  /** Every answer, in the order the spec lists them. */
  answers: Answer[];
  /** The success answer: the first `2xx` status in sorted order; undefined when there is none. */
  ok: Answer | undefined;
  summary: string | undefined;
  description: string | undefined;
  tags: string[];
  deprecated: boolean;
  /** The operation object itself, for what only one artifact reads (code samples, ...). */
  source: Json;
}

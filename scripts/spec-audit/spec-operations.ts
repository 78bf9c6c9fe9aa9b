import type { Shape } from "./shape.js";
import { ANY } from "./shape.js";
import { specShape } from "./spec-shape.js";

/** One operation of the bundled spec, read into shapes. */
export interface SpecOperation {
  operationId: string;
  verb: string;
  /** The path with every parameter as `{}`, as the SDK's routes are read. */
  path: string;
  query: Shape;
  body?: Shape;
  result: Shape;
}

const VERBS = ["get", "put", "post", "patch", "delete"] as const;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

/** Reads every operation of a bundled OpenAPI document. */
export function readSpecOperations(doc: {
  paths: Record<string, Record<string, unknown>>;
}): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const verb of VERBS) {
      const op = item[verb] as Record<string, unknown> | undefined;
      if (!op) continue;
      const params = [
        ...((item.parameters as Parameter[]) ?? []),
        ...((op.parameters as Parameter[]) ?? []),
      ];
      const query: Shape = { kinds: ["object"], properties: {} };
      for (const p of params.filter((q) => q.in === "query")) {
        (query.properties ?? {})[p.name] = {
          required: p.required ?? false,
          shape: specShape(doc, p.schema),
        };
      }
      const json = (content: unknown) =>
        (content as Record<string, { schema?: unknown }> | undefined)?.["application/json"]?.schema;
      const requestBody = op.requestBody as { content?: unknown } | undefined;
      const responses = op.responses as Record<string, { content?: unknown }>;
      const answer = specShape(doc, json(responses["200"]?.content));
      const entry: SpecOperation = {
        operationId: String(op.operationId),
        verb,
        path: path.replace(/\{[^}]+\}/g, "{}"),
        query,
        // The live fleet status answers without the envelope: its whole body is the result.
        result: answer.properties?.result?.shape ?? (answer.properties?.success ? ANY : answer),
      };
      if (requestBody) entry.body = specShape(doc, json(requestBody.content));
      out.push(entry);
    }
  }
  return out;
}

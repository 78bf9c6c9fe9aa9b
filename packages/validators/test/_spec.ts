import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A JSON Schema of the bundled spec, as written there. */
export type Schema = Record<string, unknown>;

/** One example the spec carries: a request body or a response body of an operation. */
export interface Example {
  operationId: string;
  /** `request` or the response's status key. */
  where: string;
  schema: Schema;
  value: unknown;
  pathParams: string[];
}

/** The bundled spec, as `pnpm --filter @zt-devices/spec bundle` writes it. */
export const spec = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../spec/dist/openapi.json"), "utf8"),
) as {
  paths: Record<string, Record<string, Schema>>;
  components: Record<string, Record<string, Schema>>;
};

/** Follows `$ref`s to the node they name. */
export function deref(node: unknown): Schema {
  let current = node as Schema;
  while (typeof current?.$ref === "string") {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], spec) as Schema;
  }
  return current;
}

function mediaExamples(media: Schema | undefined) {
  if (!media) return [];
  const named = Object.values((media.examples as Record<string, Schema> | undefined) ?? {});
  return [...("example" in media ? [media.example] : []), ...named.map((e) => deref(e).value)];
}

/** Every example of every operation's request body and responses. */
export function examples(): Example[] {
  const out: Example[] = [];
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (typeof op.operationId !== "string") continue;
      const operationId = op.operationId;
      const pathParams = ((op.parameters as Schema[] | undefined) ?? [])
        .map(deref)
        .filter((p) => p.in === "path")
        .map((p) => p.name as string);
      const body = op.requestBody ? deref(op.requestBody) : undefined;
      const bodyMedia = (body?.content as Record<string, Schema> | undefined)?.["application/json"];
      for (const value of mediaExamples(bodyMedia)) {
        out.push({
          operationId,
          where: "request",
          schema: bodyMedia?.schema as Schema,
          value,
          pathParams,
        });
      }
      for (const [status, raw] of Object.entries(op.responses as Record<string, Schema>)) {
        const media = (deref(raw).content as Record<string, Schema> | undefined)?.[
          "application/json"
        ];
        for (const value of mediaExamples(media)) {
          out.push({
            operationId,
            where: status,
            schema: media?.schema as Schema,
            value,
            pathParams,
          });
        }
      }
    }
  }
  return out;
}

/** A status code that `validateResponse` maps to the example's status key. */
export function statusOf(where: string): number {
  if (/^\d+$/.test(where)) return Number(where);
  if (/^\dXX$/.test(where)) return Number(where[0]) * 100;
  return 599;
}

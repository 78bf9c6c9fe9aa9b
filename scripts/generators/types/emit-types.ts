import openapiTS, { astToString } from "openapi-typescript";
import { type GeneratorResult, generatedHeader } from "../../generate/generated-file.js";
import type { Model } from "../../model/model.js";
import { transformSchema } from "../validators/schema.js";
import { emitOperationTable } from "./emit-operation-table.js";
import { typesInput } from "./types-input.js";

const OUT = "packages/types/src";

/**
 * Emits `@zt-devices/types`: openapi-typescript's `paths`, `components` and `operations`, one named
 * alias per component schema, and per operation its parameters, body and `result` types. Request and
 * response examples stay in the spec and the reference, out of the types (`typesInput`).
 * Beside them, the one runtime table of operations (`emitOperationTable`).
 */
export async function emitTypes(model: Model): Promise<GeneratorResult> {
  const ast = await openapiTS(typesInput(model.document) as never, {
    // Property order and union order follow the spec; nothing depends on the clock or the machine.
    alphabetize: false,
    exportType: false,
  }).catch((error: Error) => {
    throw new Error(explainFailure(model, error));
  });
  // The model's schema names are identifiers: `normalizeSpec` renames the others.
  const schemas = [...model.schemas.keys()];
  const operations = model.operations.map((op) => ({
    operationId: op.id,
    hasBody: op.body !== undefined,
    // `Response["result"]` needs a `result` in the envelope: some answers have none.
    enveloped: op.ok?.enveloped === true && op.ok.result !== undefined,
    ok: op.ok?.status,
  }));
  return {
    files: [
      {
        path: `${OUT}/openapi.gen.ts`,
        contents: generatedHeader("types/emit-types") + astToString(ast),
      },
      { path: `${OUT}/aliases.gen.ts`, contents: emitAliases(schemas, operations) },
      { path: `${OUT}/operations.gen.ts`, contents: emitOperationTable(model) },
    ],
    counts: { operations: operations.length, schemas: schemas.length },
  };
}

/** Pascal case of an operationId: `listPostureRules` -> `ListPostureRules`. */
export function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** The alias module: `DevicePostureRule`, `CreatePostureRuleBody`, `ListPostureRulesParams`, ... */
export function emitAliases(
  schemas: string[],
  operations: {
    operationId: string;
    hasBody: boolean;
    enveloped: boolean;
    ok?: string | undefined;
  }[],
): string {
  const lines = [
    generatedHeader("types/emit-types").trimEnd(),
    'import type { components, operations } from "./openapi.gen.js";',
    "",
    'type JsonBody<T> = T extends { content: { "application/json": infer B } } ? B : never;',
    "type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonBody<R> : never;",
    "",
  ];
  for (const name of schemas) {
    lines.push(`/** The \`${name}\` schema of the spec. */`);
    lines.push(`export type ${name} = components["schemas"]["${name}"];`);
  }
  for (const { operationId, hasBody, enveloped, ok } of operations) {
    const op = `operations["${operationId}"]`;
    const type = pascal(operationId);
    lines.push("", `/** Path and query parameters of \`${operationId}\`. */`);
    lines.push(`export type ${type}Params = ${op}["parameters"];`);
    if (hasBody) {
      lines.push(`/** The request body of \`${operationId}\`. */`);
      lines.push(`export type ${type}Body = JsonBody<NonNullable<${op}["requestBody"]>>;`);
    }
    lines.push(`/** The whole successful response of \`${operationId}\`. */`);
    // The model's success answer: 200 where there is one, else the first 2xx (`201`, `2XX`).
    const response =
      ok === undefined || ok === "200" ? `Ok<${op}>` : `JsonBody<${op}["responses"]["${ok}"]>`;
    lines.push(`export type ${type}Response = ${response};`);
    lines.push(
      `/** What \`${operationId}\` returns${enveloped ? " in the envelope's `result`" : ""}. */`,
    );
    lines.push(
      `export type ${type}Result = ${enveloped ? `${type}Response["result"]` : `${type}Response`};`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Why openapi-typescript failed, said where: its own messages name no place ("items is not
 * iterable"), so the component schemas are read as the validators read them, whose errors give the
 * JSON pointer of a schema that is not well formed. Run only once openapi-typescript has failed.
 */
function explainFailure(model: Model, error: Error): string {
  for (const [name, schema] of model.schemas) {
    try {
      transformSchema(schema as never, model.document as never, `#/components/schemas/${name}`);
    } catch (found) {
      return (found as Error).message;
    }
  }
  return `openapi-typescript could not read the spec: ${error.message}`;
}

/**
 * The `x-codeSamples` of the API reference: for every operation, the call through
 * `@zt-devices/client`, the `zt-devices` command and a curl line, all derived from the spec with the
 * placement readers the client and CLI generators use, so a sample cannot name a method or command
 * that does not exist.
 */

import type { OpenAPI3 as OpenAPIObject } from "openapi-typescript";
import { kebabFlag } from "../generators/cli/flags.js";
import {
  collectResourceOperations,
  type ResourceOperation,
} from "../generators/client/resource-operations.js";
import { HTTP_METHODS } from "../model/http-methods.js";
import { type Json, resolve } from "../model/resolve-ref.js";
import { isScopeParameter } from "../model/scope.js";

/** One entry of an operation's `x-codeSamples`, as Redoc reads it. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

const BASE_URL = "https://api.cloudflare.com/client/v4";

/** The example an operation's documentation shows for a parameter, or a placeholder naming it. */
function parameterExample(spec: OpenAPIObject, param: Json): unknown {
  const schema = resolve(spec, param.schema ?? {});
  const examples = (param.examples ?? {}) as Record<string, { value?: unknown }>;
  return (
    param.example ??
    Object.values(examples)[0]?.value ??
    schema.example ??
    (Array.isArray(schema.examples) ? schema.examples[0] : undefined) ??
    `<${String(param.name)}>`
  );
}

/** The request body's example, from the media type or its schema; `{}` when the spec has none. */
function bodyExample(spec: OpenAPIObject, op: Json): unknown {
  const body = resolve(spec, op.requestBody ?? {});
  const media = ((body.content ?? {}) as Json)["application/json"] as Json | undefined;
  if (!media) return undefined;
  const examples = (media.examples ?? {}) as Record<string, unknown>;
  const first = Object.values(examples)[0];
  const schema = resolve(spec, media.schema ?? {});
  return (
    media.example ??
    (first === undefined ? undefined : resolve(spec, first).value) ??
    schema.example ??
    (Array.isArray(schema.examples) ? schema.examples[0] : undefined) ??
    {}
  );
}

interface Inputs {
  path: Map<string, unknown>;
  query: Map<string, unknown>;
  body: unknown;
}

function inputsOf(spec: OpenAPIObject, rawItem: unknown, op: Json): Inputs {
  const item = resolve(spec, rawItem);
  const path = new Map<string, unknown>();
  const query = new Map<string, unknown>();
  for (const raw of [
    ...((item.parameters as unknown[]) ?? []),
    ...((op.parameters as unknown[]) ?? []),
  ]) {
    const param = resolve(spec, raw);
    if (param.in === "path") path.set(param.name as string, parameterExample(spec, param));
    if (param.in === "query" && param.required === true) {
      query.set(param.name as string, parameterExample(spec, param));
    }
  }
  return { path, query, body: bodyExample(spec, op) };
}

const json = (value: unknown, indent = 2) => JSON.stringify(value, null, indent);
const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** `const result = await zt.posture.get("…");`, or a `for await` loop for a paginated list. */
export function clientSample(op: ResourceOperation, inputs: Inputs): string {
  const args = op.positional.map((p) => json(inputs.path.get(p.name)));
  if (op.body) args.push(json(inputs.body));
  if (inputs.query.size > 0) args.push(json(Object.fromEntries(inputs.query)));
  const call = `zt.${[...op.resource, op.name].join(".")}(${args.join(", ")})`;
  return [
    'import { createClient } from "@zt-devices/client";',
    "",
    "const zt = createClient(); // CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID from the environment",
    op.pagination
      ? `for await (const item of ${call}) console.log(item);`
      : `const result = await ${call};`,
  ].join("\n");
}

/** `zt-devices posture get --rule-id …`: path and required query parameters as options, the body as `--data`. */
export function cliSample(op: ResourceOperation, inputs: Inputs): string {
  const words = [...op.resource, op.name].map(kebabFlag);
  const options = [...op.positional.map((p) => p.name), ...inputs.query.keys()].map((name) => {
    const value = inputs.path.get(name) ?? inputs.query.get(name);
    return `--${kebabFlag(name)} ${shellQuote(String(value))}`;
  });
  if (op.body) options.push(`--data ${shellQuote(json(inputs.body, 0))}`);
  return ["zt-devices", ...words, ...options].join(" ");
}

/** A placeholder (`<rule_id>`) stays readable in the URL; a real example is encoded. */
function placeholderOrEncoded(value: unknown): string {
  const text = String(value);
  return /^<[^<>]+>$/.test(text) ? text : encodeURIComponent(text);
}

/** A curl line with the token and account from the environment. */
export function curlSample(op: ResourceOperation, inputs: Inputs): string {
  let url = `${BASE_URL}${op.path}`.replace(/\{([^{}]+)\}/g, (_, name: string) =>
    isScopeParameter(name)
      ? `$CLOUDFLARE_${name.toUpperCase()}`
      : placeholderOrEncoded(inputs.path.get(name)),
  );
  if (inputs.query.size > 0) {
    url += `?${new URLSearchParams([...inputs.query].map(([k, v]) => [k, String(v)])).toString()}`;
  }
  const lines = [
    `curl -X ${op.method} "${url}"`,
    '-H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"',
  ];
  if (op.body) {
    lines.push('-H "Content-Type: application/json"', `--data ${shellQuote(json(inputs.body, 0))}`);
  }
  return lines.join(" \\\n  ");
}

/**
 * A copy of a bundled spec with `x-codeSamples` on every operation: TypeScript (the client), Shell
 * (the CLI) and curl. Fails, naming the operation, where the client generator would.
 */
export function withCodeSamples(spec: OpenAPIObject): OpenAPIObject {
  const copy = structuredClone(spec) as OpenAPIObject & { paths: Record<string, Json> };
  const placed = new Map(
    collectResourceOperations(copy).map((op) => [`${op.method} ${op.path}`, op]),
  );
  for (const [path, rawItem] of Object.entries(copy.paths)) {
    const item = resolve(copy, rawItem);
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      const op = resolve(copy, item[method]);
      const resource = placed.get(`${method.toUpperCase()} ${path}`);
      if (!resource) throw new Error(`${method.toUpperCase()} ${path} has no place in the client`);
      const inputs = inputsOf(copy, rawItem, op);
      op["x-codeSamples"] = [
        { lang: "TypeScript", label: "Client", source: clientSample(resource, inputs) },
        { lang: "Shell", label: "CLI", source: cliSample(resource, inputs) },
        { lang: "Shell", label: "curl", source: curlSample(resource, inputs) },
      ] satisfies CodeSample[];
    }
  }
  return copy;
}

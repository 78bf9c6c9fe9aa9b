import {
  ValidationError,
  validateRequest,
  validateResponse,
} from "@zt-devices/validators/operations";
import type { CallHooks } from "./_context.js";
import { SCOPE_PARAMS } from "./_operation.js";
import type { ClientOptions } from "./client-options.js";
import { operationIds } from "./operation-ids.gen.js";

type Checks = NonNullable<ClientOptions["validate"]>;

function operationIdOf(name: string): string {
  const id = operationIds[name];
  if (id === undefined) throw new Error(`no operationId for ${name}`);
  return id;
}

/** Reads the path parameters back out of the URL the client built from the path template. */
function pathParams(template: string, url: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\\?\{([^{}]+)\\?\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]*)";
    });
  const match = new URL(url).pathname.match(new RegExp(`${pattern}$`));
  return Object.fromEntries(
    names.map((name, i) => [name, decodeURIComponent(match?.[i + 1] ?? "")]),
  );
}

/**
 * The call hooks behind `createClient({ validate })`: the request is checked against the spec
 * before it is sent, the answer before it is returned. Loaded only when validation is asked for,
 * so clients without it never load `@zt-devices/validators`.
 */
export function createValidationHooks(checks: Checks): Required<CallHooks> {
  const hooks: Required<CallHooks> = { request() {}, response() {} };
  if (checks.request) {
    hooks.request = async (op, { body, url, params }) => {
      const id = operationIdOf(op.name);
      const path = pathParams(op.path, url);
      const query: Record<string, unknown> = {};
      for (const key in params) if (!(key in SCOPE_PARAMS)) query[key] = params[key];
      const result = await validateRequest(id as never, { params: path, query, body });
      if (result.issues) throw new ValidationError(`${id} request`, result.issues);
    };
  }
  if (checks.response) {
    hooks.response = async (op, exchange) => {
      const id = operationIdOf(op.name);
      const result = await validateResponse(
        id as never,
        exchange.response.status,
        exchange.envelope,
      );
      if (result.issues) throw new ValidationError(`${id} response`, result.issues);
    };
  }
  return hooks;
}

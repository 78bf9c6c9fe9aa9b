import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isApiErrorResponse, validateResponse } from "@zt-devices/validators";
import { createMock, type Mock, type MockOptions, type MockRequest } from "../src/create-mock.js";

/**
 * A mock whose every answer is checked against the spec's response schema for its operation and
 * status (the error envelope for requests no operation takes); what fails is collected in
 * `problems`, so a test can assert that there were none.
 */
export function checkedMock(options: MockOptions = {}): Mock & { problems: string[] } {
  const mock = createMock(options);
  const problems: string[] = [];
  async function check(request: MockRequest, status: number, text: string) {
    const where = `${request.method} ${request.path} -> ${status}`;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push(`${where}: the body is not JSON: ${text.slice(0, 80)}`);
      return;
    }
    const operationId = mock.operationOf(request.method, request.path);
    if (operationId === undefined) {
      if (!isApiErrorResponse(body)) problems.push(`${where}: not the error envelope`);
      return;
    }
    const result = await validateResponse(operationId as never, status, body);
    for (const issue of result.issues ?? [])
      problems.push(`${where} (${operationId}): ${issue.message}`);
  }
  return {
    ...mock,
    problems,
    async handle(request) {
      const response = await mock.handle(request);
      if (!response.drop) await check(request, response.status, response.body);
      return response;
    },
  };
}

type Json = Record<string, unknown>;
const spec = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../spec/dist/openapi.json", import.meta.url)), "utf8"),
) as { paths: Record<string, Record<string, Json>> };

/** The request body example the spec documents for an operation. */
export function requestExample(operationId: string): unknown {
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId !== operationId) continue;
      const body = operation.requestBody as
        | { content: Record<string, { example?: unknown }> }
        | undefined;
      return structuredClone(body?.content["application/json"]?.example);
    }
  }
  throw new Error(`the spec has no operation ${operationId}`);
}

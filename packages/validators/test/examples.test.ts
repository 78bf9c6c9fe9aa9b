import { describe, expect, it } from "vitest";
import { validateRequest } from "../src/validate-request.js";
import { validateResponse } from "../src/validate-response.js";
import { examples, statusOf } from "./_spec.js";

const all = examples();
const cases = all.map((e) => ({ ...e, name: `${e.operationId} ${e.where}` }));

describe("the spec's examples", () => {
  it("are many: every operation carries its docs' examples", () => {
    expect(new Set(all.map((e) => e.operationId)).size).toBeGreaterThan(60);
  });

  it.each(cases)("$name passes", async ({ operationId, where, value, pathParams }) => {
    const params = Object.fromEntries(
      pathParams.map((name) => [name, "023e105f4ecef8ad9ca31a8372d0c353"]),
    );
    const result =
      where === "request"
        ? await validateRequest(operationId as never, { params, body: value })
        : await validateResponse(operationId as never, statusOf(where), value);
    expect(result.issues?.map((i) => i.message)).toBeUndefined();
  });
});

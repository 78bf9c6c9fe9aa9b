import { describe, expect, it } from "vitest";
import { diffSpecs } from "./diff-specs.js";
import { obj, SCHEMA_POINTER, schemaDoc, str } from "./test-spec.js";

describe("diffSpecs on schemas: where changes are reported", () => {
  it("points at the changed keyword inside the schema", () => {
    const changes = diffSpecs(
      schemaDoc("response", { type: "array", items: obj({ a: str, b: str }) }),
      schemaDoc("response", { type: "array", items: obj({ a: str }) }),
    );
    expect(changes.map((c) => c.pointer)).toEqual([
      `${SCHEMA_POINTER.response}/items/properties/b`,
    ]);
    expect(changes[0]?.message).toBe(
      "property `[].b` removed from the 200 response of createThing",
    );
  });

  it("reports a change inside a component once, at the component, with the worst class", () => {
    const node = (extra: Record<string, unknown>) => ({
      Thing: obj({ name: str, parent: { $ref: "#/components/schemas/Thing" }, ...extra }),
    });
    const ref = { $ref: "#/components/schemas/Thing" };
    const changes = diffSpecs(
      schemaDoc("request", ref, node({ old: str })),
      schemaDoc("request", ref, node({})),
    );
    expect(changes).toEqual([
      {
        class: "breaking",
        kind: "property-removed",
        pointer: "/components/schemas/Thing/properties/old",
        message: "property `old` removed from schema Thing in the request body of createThing",
      },
    ]);
  });
});

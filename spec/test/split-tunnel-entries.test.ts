import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSpecAjv } from "./_ajv.js";
import type { Schema } from "./_schema-walk.js";

// Any tool reading openapi.json must refuse what the API refuses: an entry is an address or a host.
const doc = JSON.parse(readFileSync(join(import.meta.dirname, "../dist/openapi.json"), "utf8"));
const compile = createSpecAjv(doc);
const component = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
type Operation = {
  operationId: string;
  requestBody: { content: Record<string, { schema: Schema }> };
};

const address = { address: "192.0.2.0/24", description: "Office" };
const host = { host: "example.com" };
const both = { address: "192.0.2.0/24", host: "example.com" };

describe.each(["Exclude", "Include"])("SplitTunnel%s in the bundled spec", (kind) => {
  const entry = compile(component(`SplitTunnel${kind}`));

  it.each([
    { name: "an address entry", given: address, valid: true },
    { name: "a host entry", given: host, valid: true },
    { name: "an entry with both an address and a host", given: both, valid: false },
    { name: "an entry with neither", given: { description: "Office" }, valid: false },
  ])("$name: valid $valid", ({ given, valid }) => {
    expect(entry(given)).toBe(valid);
  });

  // Each form forbids the other's key, so the refusal names the key at fault, not only "oneOf".
  it.each([
    ["Address", "host"],
    ["Host", "address"],
  ])("the %s form refuses the other form's key, %s, naming it", (form, forbidden) => {
    const validate = compile(component(`${kind}SplitTunnelWith${form}`));
    expect(validate(both)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual([`/${forbidden}`]);
  });

  it("a list body refuses the entry with both, at its index", () => {
    const put = Object.values(doc.paths as Record<string, { put?: Operation }>)
      .map((item) => item.put)
      .find((op) => op?.operationId === `setCustomSplitTunnel${kind}s`);
    const list = compile(put?.requestBody.content["application/json"]?.schema as Schema);
    expect(list([address, host])).toBe(true);
    expect(list([address, both])).toBe(false);
    const paths = list.errors?.map((e) => e.instancePath) ?? [];
    expect(paths).toContain("/1/host");
    expect(paths).toContain("/1/address");
  });
});

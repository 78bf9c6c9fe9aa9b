import { describe, expect, it } from "vitest";
import { coercionWord, type WireCoercion, type WireScalar } from "../../model/coercion.js";
import { coercionOf } from "./operation-schema.js";

const SCALARS: WireScalar[] = ["string", "number", "integer", "boolean"];
const KINDS: WireCoercion[] = SCALARS.flatMap((type) => [
  { type, array: false },
  { type, array: true },
]);

describe("coercionOf", () => {
  it.each(KINDS)("words $type (array: $array) as the mocks' route table does", (coercion) => {
    expect(coercionOf(coercion) ?? "string").toBe(coercionWord(coercion));
  });

  it("leaves out a single string, which stays as it arrives", () => {
    expect(coercionOf({ type: "string", array: false })).toBeUndefined();
    expect(coercionOf({ type: "string", array: true })).toBe("array:string");
  });
});

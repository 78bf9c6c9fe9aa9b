import { describe, expectTypeOf, it } from "vitest";
import { createFaults, type FaultTarget } from "./faults.js";

describe("fault targets", () => {
  it("are operationIds or *, so a misspelt one does not compile", () => {
    const faults = createFaults();
    faults.fail("listPostureRules", 503);
    faults.delay("*", 10);
    // @ts-expect-error: no such operation
    faults.fail("listPostureRulez", 503);
    // @ts-expect-error: no such operation
    faults.drop("getDevices");
    expectTypeOf<"createPostureRule">().toMatchTypeOf<FaultTarget>();
    expectTypeOf<"nope">().not.toMatchTypeOf<FaultTarget>();
  });
});

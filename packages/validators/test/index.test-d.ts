import type { DevicePostureRule, operations, SplitTunnelExclude } from "@zt-devices/types";
import { describe, expectTypeOf, it } from "vitest";
import {
  assertDevicePostureRule,
  devicePostureRuleValidator,
  isDevicePostureRule,
  isSplitTunnelExclude,
  type StandardSchemaV1,
  type ValidationIssue,
  validateRequest,
  validateResponse,
} from "../src/index.js";

describe("types", () => {
  it("guards narrow to the same types the client returns", () => {
    const value: unknown = undefined;
    if (isDevicePostureRule(value)) expectTypeOf(value).toEqualTypeOf<DevicePostureRule>();
    if (isSplitTunnelExclude(value)) expectTypeOf(value).toEqualTypeOf<SplitTunnelExclude>();
    const asserted: unknown = undefined;
    assertDevicePostureRule(asserted);
    expectTypeOf(asserted).toEqualTypeOf<DevicePostureRule>();
  });

  it("validators are Standard Schemas of those types", () => {
    type Output = StandardSchemaV1.InferOutput<typeof devicePostureRuleValidator>;
    expectTypeOf<Output>().toEqualTypeOf<DevicePostureRule>();
    expectTypeOf(devicePostureRuleValidator).toExtend<
      StandardSchemaV1<unknown, DevicePostureRule>
    >();
    const result = devicePostureRuleValidator.validate(undefined);
    if (result.issues) expectTypeOf(result.issues).toEqualTypeOf<readonly ValidationIssue[]>();
    else expectTypeOf(result.value).toEqualTypeOf<DevicePostureRule>();
  });

  it("validateRequest takes an operationId and returns that operation's request types", async () => {
    expectTypeOf(validateRequest).parameter(0).toEqualTypeOf<keyof operations & string>();
    // @ts-expect-error not an operationId of the spec
    void validateRequest("listEverything", {});
    const result = await validateRequest("listRegistrations", { params: { account_id: "a" } });
    if (!result.issues) {
      type Query = NonNullable<operations["listRegistrations"]["parameters"]["query"]>;
      expectTypeOf(result.value.query).toEqualTypeOf<Query>();
      expectTypeOf(result.value.params).toEqualTypeOf<{ account_id: string }>();
      expectTypeOf(result.value.body).toEqualTypeOf<undefined>();
    }
    const created = await validateRequest("createPostureRule", { body: {} });
    if (!created.issues) {
      type Body = operations["createPostureRule"]["requestBody"]["content"]["application/json"];
      expectTypeOf(created.value.body).toEqualTypeOf<Body>();
    }
    expectTypeOf(validateResponse).parameter(1).toEqualTypeOf<number>();
  });
});

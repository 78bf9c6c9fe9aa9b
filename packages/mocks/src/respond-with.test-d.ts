import type { operations } from "@zt-devices/types";
import type { HttpHandler } from "msw";
import { describe, expectTypeOf, it } from "vitest";
import type { ResolverFactory } from "./_resolver-factory.js";
import type { createOperationHandlers } from "./handlers.gen.js";
import { respondWith } from "./respond-with.js";

const envelope = { success: true as const, errors: [], messages: [] };

describe("respondWith", () => {
  it("takes the operation's 200 body", () => {
    const handler = respondWith("getDeviceSettings", {
      ...envelope,
      result: { gateway_proxy_enabled: true },
    });
    expectTypeOf(handler).toEqualTypeOf<HttpHandler>();
    respondWith("listPostureRules", () => ({ ...envelope, result: [] }));
  });

  it("refuses any other body, and unknown operations", () => {
    respondWith("getDeviceSettings", {
      ...envelope,
      // @ts-expect-error: the settings have no `nonsense`.
      result: { nonsense: 1 },
    });
    respondWith("listPostureRules", {
      ...envelope,
      // @ts-expect-error: a list answer's `result` is an array.
      result: {},
    });
    // @ts-expect-error: there is no such operation.
    respondWith("listEverything", envelope);
  });
});

describe("createOperationHandlers", () => {
  it("has one handler per operation, named from the operationId", () => {
    type Handlers = ReturnType<typeof createOperationHandlers>;
    expectTypeOf<keyof Handlers>().toEqualTypeOf<keyof operations>();
    expectTypeOf<Handlers["listPostureRules"]>().toEqualTypeOf<HttpHandler>();
  });

  it("types each resolver's path parameters from its operation", () => {
    const resolve: ResolverFactory<operations> = () => () => undefined;
    const resolver = resolve("getCustomSplitTunnelExcludes");
    type Params = Parameters<typeof resolver>[0]["params"];
    expectTypeOf<Params>().toEqualTypeOf<{ account_id: string; policy_id: string }>();
  });
});

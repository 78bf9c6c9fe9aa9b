import type { operations, paths } from "@zt-devices/types";
import { describe, expectTypeOf, it } from "vitest";
import type { MisplacedRoutes, NoneOf } from "./_route.js";
import { routes } from "./routes.gen.js";

type Routes = typeof routes;

describe("the route table's types", () => {
  it("serve each operation at its own method and path in the generated paths", () => {
    expectTypeOf<MisplacedRoutes<Routes, paths, operations>>().toEqualTypeOf<never>();
  });

  it("name a route whose method and path serve another operation", () => {
    type Swapped = Omit<Routes, "getPostureRule"> & {
      getPostureRule: Routes["deletePostureRule"];
    };
    expectTypeOf<MisplacedRoutes<Swapped, paths, operations>>().toEqualTypeOf<"getPostureRule">();
  });

  it("name a route whose path or method the generated paths do not serve", () => {
    type With<Row> = Omit<Routes, "getPostureRule"> & { getPostureRule: Row };
    const row = routes.getPostureRule;
    type Posted = With<Omit<typeof row, "method"> & { method: "POST" }>;
    type Elsewhere = With<Omit<typeof row, "path"> & { path: "/accounts/{account_id}/nowhere" }>;
    expectTypeOf<MisplacedRoutes<Posted, paths, operations>>().toEqualTypeOf<"getPostureRule">();
    expectTypeOf<MisplacedRoutes<Elsewhere, paths, operations>>().toEqualTypeOf<"getPostureRule">();
  });

  it("name an operation without a route", () => {
    type Without = Omit<Routes, "getPostureRule">;
    expectTypeOf<MisplacedRoutes<Without, paths, operations>>().toEqualTypeOf<"getPostureRule">();
  });

  it("fail to compile unless no route is misplaced", () => {
    expectTypeOf<NoneOf<never>>().toEqualTypeOf<never>();
    // @ts-expect-error a misplaced route's operationId is not never
    expectTypeOf<NoneOf<"getPostureRule">>().toBeString();
  });
});

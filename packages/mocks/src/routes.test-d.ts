import type { operations, paths } from "@zt-devices/types";
import { describe, expectTypeOf, it } from "vitest";
import type { MisplacedRoutes, RouteTable } from "./_route.js";
import type { routes } from "./routes.gen.js";

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

  it("refuse a path or a method the generated paths do not serve", () => {
    type Row = RouteTable<paths, operations>["getPostureRule"];
    const row = { resource: "posture", action: "get", envelope: true, query: {} } as const;
    expectTypeOf({
      ...row,
      method: "GET",
      path: "/accounts/{account_id}/devices/posture/{rule_id}",
    } as const).toExtend<Row>();
    expectTypeOf({
      ...row,
      method: "POST",
      path: "/accounts/{account_id}/devices/posture/{rule_id}",
    } as const).not.toExtend<Row>();
    expectTypeOf({
      ...row,
      method: "GET",
      path: "/accounts/{account_id}/nowhere",
    } as const).not.toExtend<Row>();
  });
});

import { operationTable, readOperationEntry } from "@zt-devices/types/operations";
import { describe, expect, it } from "vitest";
import { routesOf } from "./_routes-of.js";
import { routes } from "./routes.gen.js";

describe("routesOf", () => {
  it("spells out each entry the query table names, with its coercions", () => {
    const table = {
      listRules: ["posture.rules.list", "GET", "/accounts/{account_id}/rules", "c"],
      setRules: ["rules.set", "PUT", "/accounts/{account_id}/rules", "bo"],
      createRule: ["rules.create", "POST", "/accounts/{account_id}/rules", "b"],
      live: ["fleet.live", "GET", "/live", "e"],
      unrouted: ["rules.get", "GET", "/accounts/{account_id}/rules/{id}"],
    } as const;
    const query = {
      listRules: { cursor: "string", id: "array:string" },
      setRules: {},
      createRule: {},
      live: {},
    } as const;
    expect(routesOf(table, query)).toEqual({
      listRules: {
        method: "GET",
        path: "/accounts/{account_id}/rules",
        resource: "posture.rules",
        action: "list",
        envelope: true,
        pagination: "cursor",
        query: { cursor: "string", id: "array:string" },
      },
      setRules: {
        method: "PUT",
        path: "/accounts/{account_id}/rules",
        resource: "rules",
        action: "set",
        envelope: true,
        body: "optional",
        query: {},
      },
      createRule: expect.objectContaining({ body: "required", action: "create" }),
      live: expect.objectContaining({ envelope: false, resource: "fleet", action: "live" }),
    });
  });
});

describe("the generated routes", () => {
  it("route every operation of the shared table, as its entry says", () => {
    expect(Object.keys(routes).sort()).toEqual(Object.keys(operationTable).sort());
    for (const [id, route] of Object.entries(routes)) {
      const facts = readOperationEntry(operationTable[id as keyof typeof operationTable]);
      expect([id, `${route.resource}.${route.action}`, route.method, route.path]).toEqual([
        id,
        facts.name,
        facts.method,
        facts.path,
      ]);
    }
  });

  it("word every query coercion as the validators' coerce reads it", () => {
    const words = Object.values(routes).flatMap((route) => Object.values(route.query));
    expect(words.length).toBeGreaterThan(20);
    for (const word of words) expect(word).toMatch(/^(array:)?(string|number|integer|boolean)$/);
  });
});

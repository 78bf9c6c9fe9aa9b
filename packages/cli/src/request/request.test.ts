import { describe, expect, it } from "vitest";
import { group as fleet } from "../../test/fixture/commands/fleet-status.gen.js";
import { group as posture } from "../../test/fixture/commands/posture.gen.js";
import { group as registrations } from "../../test/fixture/commands/registrations.gen.js";
import { parseArgs } from "../args/args.js";
import { UsageError } from "../args/usage-error.js";
import type { CommandSpec } from "../commands/command-spec.js";
import { buildRequest } from "./request.js";

const remove = posture.commands.delete as CommandSpec;
const list = registrations.commands.list as CommandSpec;
const live = fleet.commands.live as CommandSpec;

describe("buildRequest", () => {
  it("puts path options in path order and leaves the account to the client", () => {
    expect(buildRequest(remove, { "rule-id": "r1", json: true }, undefined)).toEqual({
      path: [["rule_id", "r1"]],
      query: {},
    });
  });

  it("sends query options by their API names, dotted and repeated ones included", () => {
    const values = {
      id: ["a", "b"],
      "user.email": "a@example.com",
      "sort-order": "asc",
      all: true,
    };
    expect(buildRequest(list, values, undefined)).toEqual({
      path: [],
      query: { id: ["a", "b"], "user.email": "a@example.com", sort_order: "asc" },
    });
  });

  it("names every missing required option", () => {
    expect(() => buildRequest(live, {}, undefined)).toThrow(
      "missing required options --device-id, --since-minutes",
    );
  });

  it.each([
    { given: "", want: "--rule-id must not be empty" },
    { given: ".", want: '--rule-id must not be ".", which would change the route' },
    { given: "..", want: '--rule-id must not be "..", which would change the route' },
  ])("refuses the path parameter $given, which would change the route", ({ given, want }) => {
    expect(() => buildRequest(remove, { "rule-id": given }, undefined)).toThrow(
      new UsageError(want),
    );
  });
});

describe("buildRequest with parameters named as Object.prototype's members", () => {
  const things = {
    route: "/things",
    flags: [
      { flag: "constructor", name: "constructor", in: "query", type: "string" },
      { flag: "proto", name: "__proto__", in: "query", type: "string" },
    ],
  } as unknown as CommandSpec;

  it("sends what was given as the query's own fields, and nothing that was not", () => {
    expect(buildRequest(things, parseArgs([], things.flags).values, undefined).query).toEqual({});
    const given = parseArgs(["--constructor", "a", "--proto", "b"], things.flags).values;
    const { query } = buildRequest(things, given, undefined);
    expect(Object.entries(query)).toEqual([
      ["constructor", "a"],
      ["__proto__", "b"],
    ]);
  });
});

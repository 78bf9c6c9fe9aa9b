import { describe, expect, it } from "vitest";
import { checkRequest, responseValidator } from "../src/_check-request.js";
import type { OperationModule } from "../src/_operation-module.js";
import * as createDevice from "./fixtures/operations/operations/create-device.gen.js";
import * as deleteDevice from "./fixtures/operations/operations/delete-device.gen.js";
import * as listDevices from "./fixtures/operations/operations/list-devices.gen.js";
import { operationValidators } from "./fixtures/operations/operations.gen.js";

const list = listDevices as unknown as OperationModule;
const create = createDevice as unknown as OperationModule;
const remove = deleteDevice as unknown as OperationModule;

describe("checkRequest", () => {
  it("accepts typed parameters and a body, as a client passes them", () => {
    const request = {
      params: { account_id: "acc" },
      query: { per_page: 50, status: ["active", "revoked"], "last_seen_user.email": "a@b.co" },
    };
    expect(checkRequest(list, request)).toEqual({ value: { ...request, body: undefined } });
    expect(
      checkRequest(create, { params: { account_id: "acc" }, body: { name: "laptop" } }),
    ).toMatchObject({
      value: { body: { name: "laptop" } },
    });
  });

  it.each([
    {
      name: "a missing path parameter",
      op: list,
      given: { query: {} },
      want: [{ pointer: "/params/account_id", keyword: "required" }],
    },
    {
      name: "a query value of the wrong type",
      op: list,
      given: { params: { account_id: "acc" }, query: { per_page: "50" } },
      want: [
        {
          pointer: "/query/per_page",
          keyword: "type",
          message: "/query/per_page must be an integer",
        },
      ],
    },
    {
      name: "an unknown query parameter",
      op: list,
      given: { params: { account_id: "acc" }, query: { page: 2 } },
      want: [{ pointer: "/query/page", keyword: "additionalProperties" }],
    },
    {
      name: "a dotted query parameter with a bad format",
      op: list,
      given: { params: { account_id: "acc" }, query: { "last_seen_user.email": "nobody" } },
      want: [{ pointer: "/query/last_seen_user.email", keyword: "format" }],
    },
    {
      name: "a missing required body",
      op: create,
      given: { params: { account_id: "acc" }, body: undefined },
      want: [{ pointer: "/body", keyword: "required", message: "/body is required" }],
    },
    {
      name: "an invalid body",
      op: create,
      given: { params: { account_id: "acc" }, body: { name: "x".repeat(21) } },
      want: [{ pointer: "/body/name", keyword: "maxLength" }],
    },
    {
      name: "a body for an operation that takes none",
      op: list,
      given: { params: { account_id: "acc" }, body: {} },
      want: [{ pointer: "/body", keyword: "additionalProperties" }],
    },
    {
      name: "a missing required query parameter",
      op: remove,
      given: { params: { account_id: "acc", device_id: "d" } },
      want: [{ pointer: "/query/force", keyword: "required" }],
    },
  ])("rejects $name", ({ op, given, want }) => {
    expect(checkRequest(op, given).issues).toMatchObject(want);
  });

  it("with coerce, turns wire strings into the types the spec gives", () => {
    const query = new URLSearchParams("per_page=50&status=active&include_revoked=true");
    expect(checkRequest(list, { params: { account_id: "acc" }, query }, { coerce: true })).toEqual({
      value: {
        params: { account_id: "acc" },
        query: { per_page: 50, status: ["active"], include_revoked: true },
        body: undefined,
      },
    });
    expect(
      checkRequest(
        remove,
        { params: { account_id: "a", device_id: "d" }, query: { force: "false" } },
        { coerce: true },
      ),
    ).toMatchObject({ value: { query: { force: false } } });
  });

  it("with coerce, still reports what does not parse", () => {
    const query = new URLSearchParams("per_page=fifty&include_revoked=yes");
    expect(
      checkRequest(list, { params: { account_id: "acc" }, query }, { coerce: true }).issues,
    ).toMatchObject([
      { pointer: "/query/per_page", keyword: "type" },
      { pointer: "/query/include_revoked", keyword: "type" },
    ]);
  });

  it("without coerce, takes a URLSearchParams as strings and reports them", () => {
    const query = new URLSearchParams("per_page=50");
    expect(checkRequest(list, { params: { account_id: "acc" }, query }).issues).toMatchObject([
      { pointer: "/query/per_page", keyword: "type" },
    ]);
  });
});

describe("responseValidator", () => {
  it.each([
    { status: 200, want: "listDevices 200 response" },
    { status: 404, want: "listDevices 4XX response" },
    { status: 503, want: "listDevices default response" },
  ])("picks $want for $status", ({ status, want }) => {
    expect(responseValidator(list, status)?.name).toBe(want);
  });

  it("tells a status without a JSON body from an undocumented one", () => {
    expect(responseValidator(create, 204)).toBeNull();
    expect(responseValidator(create, 503)).toBeUndefined();
  });

  it("checks the response body against the envelope", () => {
    const validator = responseValidator(list, 200);
    expect(
      validator?.validate({ success: true, errors: [], result: [{ id: "d" }] }),
    ).toHaveProperty("value");
    expect(
      validator?.validate({ success: true, errors: [], result: [{ name: "d" }] }).issues,
    ).toMatchObject([{ pointer: "/result/0/id", keyword: "required" }]);
  });
});

describe("operationValidators", () => {
  it("loads each operation's module by operationId", async () => {
    expect(Object.keys(operationValidators).sort()).toEqual([
      "createDevice",
      "deleteDevice",
      "listDevices",
    ]);
    const loaded = await operationValidators.listDevices();
    expect(loaded.request).toBe(listDevices.request);
  });
});

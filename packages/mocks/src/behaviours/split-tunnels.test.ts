import { validateRequest } from "@zt-devices/validators/operations";
import { describe, expect, it } from "vitest";
import { createMock } from "../create-mock.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const base = `/client/v4/accounts/${ACCOUNT}/devices`;
const address = { address: "192.0.2.0/24", description: "Office" };
const host = { host: "example.com" };
const both = { address: "198.51.100.0/24", host: "example.net" };

async function call(
  mock: ReturnType<typeof createMock>,
  method: string,
  path: string,
  body?: unknown,
) {
  const answer = await mock.handle({
    method,
    path: `${base}${path}`,
    query: new URLSearchParams(),
    headers: {},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, envelope: JSON.parse(answer.body) };
}

describe("a split tunnel entry is an address or a host, never both", () => {
  const mock = createMock({ auth: false });
  const custom = [...mock.store.account(ACCOUNT).policies.keys()][0] as string;
  const lists = [
    { operationId: "setDefaultSplitTunnelExcludes", path: "/policy/exclude", id: undefined },
    { operationId: "setDefaultSplitTunnelIncludes", path: "/policy/include", id: undefined },
    {
      operationId: "setCustomSplitTunnelExcludes",
      path: `/policy/${custom}/exclude`,
      id: custom,
    },
    {
      operationId: "setCustomSplitTunnelIncludes",
      path: `/policy/${custom}/include`,
      id: custom,
    },
  ] as const;

  it.each(lists)("$operationId takes each form and keeps it", async ({ path }) => {
    const put = await call(mock, "PUT", path, [address, host]);
    expect(put.status).toBe(200);
    expect((await call(mock, "GET", path)).envelope.result).toEqual([address, host]);
  });

  it.each(lists)(
    "$operationId refuses both with a 400 naming /body/1/host, as the validators do",
    async ({ path, operationId, id }) => {
      const before = (await call(mock, "GET", path)).envelope.result;
      const put = await call(mock, "PUT", path, [address, both]);
      expect(put.status).toBe(400);
      expect(put.envelope).toMatchObject({ success: false, result: null });
      const messages = put.envelope.errors.map((e: { message: string }) => e.message);
      expect(messages[0]).toBe("/body/1/host is not allowed together with address");
      // The mock says what @zt-devices/validators says of the same request, nothing more or less.
      const verdict = await validateRequest(operationId, {
        params: { account_id: ACCOUNT, ...(id ? { policy_id: id } : {}) },
        query: {},
        body: [address, both],
      } as never);
      expect(verdict.issues?.map((issue) => issue.message)).toEqual(messages);
      expect((await call(mock, "GET", path)).envelope.result).toEqual(before);
    },
  );

  it("a profile's include list refuses both at its pointer", async () => {
    const patched = await call(mock, "PATCH", `/policy/${custom}`, { include: [host, both] });
    expect(patched.status).toBe(400);
    expect(patched.envelope.errors[0].message).toBe(
      "/body/include/1/host is not allowed together with address",
    );
  });
});

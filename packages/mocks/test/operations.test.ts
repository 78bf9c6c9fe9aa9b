import { createClient } from "@zt-devices/client";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHandlers } from "../src/create-handlers.js";
import type { AccountState } from "../src/create-store.js";
import { routes } from "../src/routes.gen.js";
import { checkedMock, requestExample } from "./_harness.js";

const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
const modes = {
  stateful: { mock: checkedMock({ seed: 11 }), baseUrl: "https://api.cloudflare.com/client/v4" },
  examples: { mock: checkedMock({ mode: "examples" }), baseUrl: "https://examples.test/client/v4" },
};
const server = setupServer(
  ...Object.values(modes).flatMap(({ mock, baseUrl }) =>
    Object.values(createHandlers(mock, { baseUrl })),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  for (const { mock } of Object.values(modes)) {
    mock.reset();
    mock.problems.length = 0;
  }
});
afterAll(() => server.close());

type OperationId = keyof typeof routes;
const first = <T>(map: Map<string, T>) => [...map.keys()][0] as string;

// A path parameter's value: an id the seeded account has, of the kind the operation expects.
function idFor(name: string, resource: string, account: AccountState): string {
  switch (name) {
    case "device_id":
      return resource === "devices" ? first(account.registrations) : first(account.physicalDevices);
    case "registration_id":
      return first(account.registrations);
    case "rule_id":
      return first(account.postureRules);
    case "integration_id":
      return first(account.postureIntegrations);
    case "network_id":
      return first(account.networks);
    case "profile_id":
      return first(account.ipProfiles);
    case "dex_test_id":
      return first(account.dexTests);
    case "policy_id":
      return first(account.policies);
    case "group_id":
      return first(account.deploymentGroups);
    default:
      throw new Error(`no id for path parameter ${name}`);
  }
}

/** The arguments of the client method for an operation: path ids, body, then query. */
function argsFor(id: OperationId, account: AccountState): unknown[] {
  const route = routes[id];
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)]
    .map((m) => m[1] as string)
    .filter((name) => name !== "account_id" && name !== "zone_id");
  const args: unknown[] = names.map((name) => idFor(name, route.resource, account));
  if ("body" in route) {
    const registrations = [first(account.registrations)];
    args.push(
      id === "revokeDevices" || id === "unrevokeDevices" ? registrations : requestExample(id),
    );
  }
  const query: Record<string, unknown> = {};
  if (id === "getFleetStatusLive") query.since_minutes = 10;
  if (["revokeRegistrations", "unrevokeRegistrations", "deleteRegistrations"].includes(id)) {
    query.id = [first(account.registrations)];
  }
  args.push(query);
  return args;
}

type Method = (...args: unknown[]) => {
  withResponse(): Promise<{ data: unknown; envelope: unknown; response: Response }>;
};

function methodOf(client: unknown, id: OperationId): Method {
  const route = routes[id];
  let node = client as Record<string, unknown>;
  for (const key of route.resource.split(".")) node = node[key] as Record<string, unknown>;
  const method = node[route.action];
  if (typeof method !== "function")
    throw new Error(`the client has no ${route.resource}.${route.action}`);
  return method as Method;
}

const ids = Object.keys(routes) as OperationId[];

describe.each(Object.entries(modes))(
  "every operation through @zt-devices/client, %s mode",
  (_mode, { mock, baseUrl }) => {
    const zt = createClient({
      apiToken: "test-token",
      accountId: ACCOUNT,
      zoneId: ZONE,
      baseUrl,
      maxRetries: 0,
    });

    it("covers all 74 operations", () => expect(ids).toHaveLength(74));

    it.each(ids)("%s answers 200 with a body its response schema accepts", async (id) => {
      const args = argsFor(id, modes.stateful.mock.store.account(ACCOUNT));
      const { data, envelope, response } = await methodOf(zt, id)(...args).withResponse();
      expect(response.status).toBe(200);
      if (routes[id].envelope) {
        expect(envelope).toMatchObject({ success: true });
        expect(data).toEqual((envelope as { result: unknown }).result);
      } else expect(data).toEqual(envelope);
      expect(mock.problems).toEqual([]);
    });
  },
);

describe("the response check itself", () => {
  it("notices an answer its schema refuses", async () => {
    const { mock } = modes.stateful;
    const zt = createClient({
      apiToken: "t",
      accountId: ACCOUNT,
      baseUrl: modes.stateful.baseUrl,
      maxRetries: 0,
    });
    const rules = mock.store.account(ACCOUNT).postureRules;
    const id = first(rules);
    // A posture rule without its `type` matches none of the rule variants.
    rules.set(id, { ...rules.get(id), type: undefined } as never);
    await zt.posture.get(id);
    expect(mock.problems.join("\n")).toContain("getPostureRule");
  });
});

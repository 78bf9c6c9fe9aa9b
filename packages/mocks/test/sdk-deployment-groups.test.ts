import Cloudflare from "cloudflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/start-mock-server.js";
import { checkedMock } from "./_harness.js";

// Deployment groups through the official SDK against the stateful mock server.
const account_id = "699d98642c564d2e855e9661899b7252";
let server: MockServer;
let cf: Cloudflare;
let problems: string[];

beforeAll(async () => {
  const mock = checkedMock({ seed: 41 });
  problems = mock.problems;
  server = await startMockServer({ port: 0, host: "127.0.0.1", mock });
  cf = new Cloudflare({ apiToken: "sdk-token", baseURL: server.baseUrl, maxRetries: 0 });
});
afterAll(() => server.close());

const groups = () => cf.zeroTrust.devices.deploymentGroups;
const account = () => server.mock.store.account(account_id);
const version_config = [{ target_environment: "macos", version: "2025.2.1.0" }];

describe("deployment groups through the official SDK, stateful mode", () => {
  it("creates, reads, pages, edits and deletes, then answers 404", async () => {
    const profile = [...account().policies.keys()][2] as string;
    const created = await groups().create({ account_id, name: "Beta", version_config });
    expect(created).toMatchObject({ name: "Beta", version_config, policy_ids: null });
    expect(await groups().get(created.id, { account_id })).toEqual(created);

    const names: string[] = [];
    for await (const group of groups().list({ account_id, per_page: 2 })) names.push(group.name);
    expect(names).toEqual(["Ring 0", "Ring 1", "Ring 2", "Beta"]);

    const edited = await groups().edit(created.id, { account_id, policy_ids: [profile] });
    expect(edited).toMatchObject({ name: "Beta", policy_ids: [profile] });
    expect(await groups().delete(created.id, { account_id })).toEqual({ id: created.id });
    const error = await groups()
      .get(created.id, { account_id })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cloudflare.NotFoundError);
  });

  it("refuses unknown profiles (400) and profiles of another group (409), naming the entry", async () => {
    const unknown = await groups()
      .create({ account_id, name: "Bad", version_config, policy_ids: ["nope"] })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(Cloudflare.BadRequestError);
    expect((unknown as Error).message).toContain("/body/policy_ids/0");
    const taken = [...account().deploymentGroups.values()][0]?.policy_ids?.[0] as string;
    const clash = await groups()
      .create({ account_id, name: "Clash", version_config, policy_ids: [taken] })
      .catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(Cloudflare.ConflictError);
    expect(account().deploymentGroups.size).toBe(3);
  });

  it("gave only answers the spec allows", () => {
    expect(problems).toEqual([]);
  });
});

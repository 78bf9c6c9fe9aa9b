import { BadRequestError, ConflictError, createClient, NotFoundError } from "@zt-devices/client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupZtDevicesMock } from "../src/setup-zt-devices-mock.js";
import { checkedMock } from "./_harness.js";

// Deployment groups through @zt-devices/client against the stateful mock's handlers.
const ACCOUNT = "699d98642c564d2e855e9661899b7252";
const mock = checkedMock({ seed: 23 });
const api = setupZtDevicesMock({ mock, hooks: { beforeAll, afterEach, afterAll } });
const zt = createClient({ apiToken: "test-token", accountId: ACCOUNT, maxRetries: 0 });
const account = () => api.store.account(ACCOUNT);
const profileIds = () => [...account().policies.keys()];
const ring = {
  name: "Canary",
  version_config: [{ target_environment: "windows", version: "2025.2.1.0" }],
};

afterEach(() => {
  expect(mock.problems).toEqual([]);
  mock.problems.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.fail("expected the call to fail"),
    (error: Error) => error,
  );
}

describe("deployment groups", () => {
  it("create, get, list, edit (PATCH merges), delete, then 404", async () => {
    const created = await zt.deploymentGroups.create(ring);
    expect(created).toMatchObject({ ...ring, policy_ids: null });
    expect(created.created_at).toEqual(created.updated_at);
    expect(await zt.deploymentGroups.get(created.id)).toEqual(created);
    const ids: string[] = [];
    for await (const group of zt.deploymentGroups.list()) ids.push(group.id);
    expect(ids).toContain(created.id);

    const free = profileIds()[2] as string;
    const edited = await zt.deploymentGroups.edit(created.id, { policy_ids: [free] });
    expect(edited).toMatchObject({
      name: "Canary",
      policy_ids: [free],
      version_config: ring.version_config,
    });

    expect(await zt.deploymentGroups.delete(created.id)).toEqual({ id: created.id });
    const gone = await failure(zt.deploymentGroups.get(created.id));
    expect(gone).toBeInstanceOf(NotFoundError);
    expect(gone.message).toContain(`No deployment group with id ${created.id}`);
    expect(await failure(zt.deploymentGroups.edit(created.id, { name: "x" }))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it("seeds rings with the nulls the API sends", async () => {
    const groups = await zt.deploymentGroups.list();
    expect(groups.map((g) => g.name)).toEqual(["Ring 0", "Ring 1", "Ring 2"]);
    expect(groups.some((g) => g.policy_ids === null)).toBe(true);
    expect(groups.flatMap((g) => g.version_config).some((v) => v.target_environment === null)).toBe(
      true,
    );
  });

  it("pages the list by page and per_page", async () => {
    for (let i = 0; i < 4; i++)
      await zt.deploymentGroups.create({ ...ring, name: `Ring ${i + 3}` });
    const { data, envelope } = await zt.deploymentGroups
      .list({ page: 2, per_page: 5 })
      .withResponse();
    expect(data.map((g) => g.name)).toEqual(["Ring 5", "Ring 6"]);
    expect(envelope).toMatchObject({
      result_info: { page: 2, per_page: 5, count: 2, total_count: 7, total_pages: 2 },
    });
    const names: string[] = [];
    for await (const group of zt.deploymentGroups.list({ per_page: 2 })) names.push(group.name);
    expect(names).toHaveLength(7);
  });

  it("refuses policy_ids that name no custom profile, with a 400 naming the entry", async () => {
    const defaultId = account().defaultPolicy.policy_id as string;
    for (const bad of ["no-such-profile", defaultId]) {
      const error = await failure(
        zt.deploymentGroups.create({ ...ring, policy_ids: [profileIds()[2] as string, bad] }),
      );
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toContain(
        `/body/policy_ids/1 must name a custom device settings profile; ${bad} is none`,
      );
    }
    const id = [...account().deploymentGroups.keys()][2] as string;
    const error = await failure(zt.deploymentGroups.edit(id, { policy_ids: ["nope"] }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(account().deploymentGroups.get(id)?.policy_ids).toBeNull();
  });

  it("refuses a profile that is already in another group, with a 409", async () => {
    const [ring0, ring1] = [...account().deploymentGroups.values()];
    const taken = ring0?.policy_ids?.[0] as string;
    const error = await failure(
      zt.deploymentGroups.edit(ring1?.id as string, { policy_ids: [taken] }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain(
      `profile ${taken} already belongs to deployment group ${ring0?.id}`,
    );
    // Its own profiles again are fine.
    const again = await zt.deploymentGroups.edit(ring0?.id as string, { policy_ids: [taken] });
    expect(again.policy_ids).toEqual([taken]);
  });

  it("checks the body against the spec first", async () => {
    const error = await failure(
      zt.deploymentGroups.create({ name: "No versions", version_config: [] }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain("/body/version_config");
  });
});

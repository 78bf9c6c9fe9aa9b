import { ValidationError } from "@zt-devices/validators/operations";
import { describe, expect, it } from "vitest";
import { createClient } from "./client.js";
import { type Checks, validation } from "./validation.js";

const envelope = (result: unknown) =>
  new Response(JSON.stringify({ success: true, errors: [], messages: [], result }), {
    status: 200,
    headers: { "content-type": "application/json" },
  });

function clientAnswering(result: unknown, checks: Checks) {
  const sent: string[] = [];
  const zt = createClient({
    apiToken: "token",
    accountId: "acc",
    maxRetries: 0,
    validate: validation(checks),
    fetch: async (url) => {
      sent.push(String(url));
      return envelope(result);
    },
  });
  return { zt, sent };
}

const RULE = {
  id: "f174e90a-fafe-4643-bbbc-4a0ed4fc8415",
  name: "Disk",
  type: "disk_encryption",
  input: { requireAll: true },
};

describe("createClient({ validate: validation(checks) })", () => {
  it("never sends a request that fails, and names the operation and the pointer", async () => {
    const { zt, sent } = clientAnswering(RULE, { request: true });
    const call = zt.posture.create({ name: 42 as unknown as string, type: "disk_encryption" });
    await expect(call).rejects.toBeInstanceOf(ValidationError);
    await expect(call).rejects.toThrow(/createPostureRule request is invalid[\s\S]*\/name/);
    expect(sent).toEqual([]);
  });

  it("sends a valid request and returns its result", async () => {
    const { zt, sent } = clientAnswering(RULE, { request: true, response: true });
    await expect(
      zt.posture.create({ name: "Disk", type: "disk_encryption", input: { requireAll: true } }),
    ).resolves.toEqual(RULE);
    expect(sent).toEqual(["https://api.cloudflare.com/client/v4/accounts/acc/devices/posture"]);
  });

  it("raises on an answer that does not match the spec", async () => {
    const { zt } = clientAnswering({ ...RULE, name: 5 }, { response: true });
    const call = zt.posture.get("f174e90a-fafe-4643-bbbc-4a0ed4fc8415");
    await expect(call).rejects.toThrow(/getPostureRule response is invalid[\s\S]*\/result\/name/);
  });

  it("checks path and query parameters too", async () => {
    const { zt, sent } = clientAnswering([], { request: true });
    const call = zt.physicalDevices.list({ sort_order: "sideways" as "asc" });
    await expect(call).rejects.toThrow(/listPhysicalDevices request is invalid[\s\S]*sort_order/);
    expect(sent).toEqual([]);
  });

  it("leaves answers alone when only requests are checked", async () => {
    const { zt } = clientAnswering({ ...RULE, name: 5 }, { request: true });
    await expect(zt.posture.get("r1")).resolves.toMatchObject({ name: 5 });
  });

  it("checks both sides when given no checks", async () => {
    const zt = createClient({
      apiToken: "token",
      accountId: "acc",
      validate: validation(),
      fetch: async () => envelope({ ...RULE, name: 5 }),
    });
    await expect(zt.posture.get("r1")).rejects.toThrow(/getPostureRule response is invalid/);
  });

  it("refuses the old `validate: { request: true }` at createClient, saying what to import", () => {
    expect(() => createClient({ apiToken: "token", validate: { request: true } as never })).toThrow(
      'validate takes the checks of `validation({ request: true, response: true })` from "@zt-devices/client/validation", which needs @zt-devices/validators installed',
    );
  });
});

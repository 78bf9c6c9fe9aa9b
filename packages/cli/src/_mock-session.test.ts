import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openMockSession } from "./_mock-session.js";

const rules = "https://api.cloudflare.com/client/v4/accounts/acc/devices/posture";
const headers = { authorization: "Bearer t", "content-type": "application/json" };

async function createRule(fetch: typeof globalThis.fetch, name: string) {
  const response = await fetch(rules, {
    method: "POST",
    headers,
    body: JSON.stringify({ name, type: "firewall" }),
  });
  expect(response.status).toBe(200);
}

describe("openMockSession with a state file", () => {
  it("keeps the changes of two runs that overlapped: the later save adds to the earlier", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "zt-devices-session-")), "state.json");
    const first = await openMockSession(state);
    const second = await openMockSession(state);
    await createRule(first.fetch as typeof fetch, "From the first run");
    await createRule(second.fetch as typeof fetch, "From the second run");
    first.save();
    second.save();
    expect(JSON.parse(readFileSync(state, "utf8")).entries).toHaveLength(2);
    const third = await openMockSession(state);
    expect(third.stale).toBe(0);
    const list = await (await (third.fetch as typeof fetch)(rules, { headers })).json();
    const names = (list.result as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["From the first run", "From the second run"]));
  });
});

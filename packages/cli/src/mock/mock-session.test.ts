import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openMockSession } from "./mock-session.js";

const rules = "https://api.cloudflare.com/client/v4/accounts/acc/devices/posture";
const headers = { authorization: "Bearer t", "content-type": "application/json" };

async function createRule(fetch: typeof globalThis.fetch, name: string): Promise<string> {
  const response = await fetch(rules, {
    method: "POST",
    headers,
    body: JSON.stringify({ name, type: "firewall" }),
  });
  expect(response.status).toBe(200);
  return (await response.json()).result.id;
}

describe("openMockSession with a state file", () => {
  it("a writing run holds the lock until it closes; the next one sees its change and id", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "zt-devices-session-")), "state.json");
    const first = await openMockSession(state);
    expect(existsSync(`${state}.lock`)).toBe(true);
    const second = openMockSession(state);
    const id = await createRule(first.fetch as typeof fetch, "From the first run");
    await first.save();
    first.close();
    const next = await second;
    const list = await (await (next.fetch as typeof fetch)(rules, { headers })).json();
    const stored = (list.result as { id: string; name: string }[]).find(
      (r) => r.name === "From the first run",
    );
    expect(stored?.id).toBe(id);
    await createRule(next.fetch as typeof fetch, "From the second run");
    await next.save();
    next.close();
    expect(existsSync(`${state}.lock`)).toBe(false);
    expect(JSON.parse(readFileSync(state, "utf8")).entries).toHaveLength(2);
  });

  it("a reading run takes no lock", async () => {
    const state = join(mkdtempSync(join(tmpdir(), "zt-devices-session-")), "state.json");
    const session = await openMockSession(state, { writes: false });
    expect(existsSync(`${state}.lock`)).toBe(false);
    session.close();
  });
});

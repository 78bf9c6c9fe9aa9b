import { afterEach, describe, expect, it, vi } from "vitest";
import { readEnvDefaults } from "./env.js";

describe("readEnvDefaults", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it("reads the variables of the official SDK and wrangler", () => {
    vi.stubEnv("CLOUDFLARE_API_TOKEN", "tok");
    vi.stubEnv("CLOUDFLARE_API_KEY", "key");
    vi.stubEnv("CLOUDFLARE_EMAIL", "me@example.com");
    vi.stubEnv("CLOUDFLARE_ACCOUNT_ID", " acc ");
    vi.stubEnv("CLOUDFLARE_BASE_URL", "https://proxy.test/v4");
    expect(readEnvDefaults()).toEqual({
      apiToken: "tok",
      apiKey: "key",
      apiEmail: "me@example.com",
      accountId: "acc",
      baseUrl: "https://proxy.test/v4",
    });
  });

  it("treats empty variables as unset", () => {
    vi.stubEnv("CLOUDFLARE_API_TOKEN", "");
    vi.stubEnv("CLOUDFLARE_ACCOUNT_ID", "  ");
    vi.stubEnv("CLOUDFLARE_API_KEY", "");
    vi.stubEnv("CLOUDFLARE_EMAIL", "");
    vi.stubEnv("CLOUDFLARE_BASE_URL", "");
    expect(readEnvDefaults()).toEqual({});
  });

  it("gives no defaults where there is no process (browsers, Workers)", () => {
    vi.stubEnv("CLOUDFLARE_API_TOKEN", "tok");
    vi.stubGlobal("process", undefined);
    expect(readEnvDefaults()).toEqual({});
  });
});

import { vi } from "vitest";

/** Empties the Cloudflare variables of the environment for one test (restored by `vi.unstubAllEnvs`). */
export function clearEnv() {
  for (const name of [
    "CLOUDFLARE_API_TOKEN",
    "CLOUDFLARE_API_KEY",
    "CLOUDFLARE_EMAIL",
    "CLOUDFLARE_ACCOUNT_ID",
    "CLOUDFLARE_BASE_URL",
  ]) {
    vi.stubEnv(name, "");
  }
}

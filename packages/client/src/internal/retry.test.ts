import { afterEach, describe, expect, it, vi } from "vitest";
import { isRetryableStatus, retryDelay } from "./retry.js";

describe("isRetryableStatus", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 520])("retries %i", (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });
  it.each([200, 400, 401, 403, 404, 405, 422])("does not retry %i", (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });
});

describe("retryDelay", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("doubles from 500 ms up to 8 s", () => {
    vi.spyOn(Math, "random").mockReturnValue(0);
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, undefined))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it("takes up to 25% off for jitter", () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999999);
    expect(retryDelay(1, undefined)).toBeCloseTo(750, 0);
  });

  it("follows Retry-After, capped at 60 s", () => {
    expect(retryDelay(0, 12_000)).toBe(12_000);
    expect(retryDelay(3, 0)).toBe(0);
    expect(retryDelay(0, 3_600_000)).toBe(60_000);
  });
});

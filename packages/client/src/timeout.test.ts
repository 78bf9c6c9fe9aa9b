import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sleep, startAttempt } from "./timeout.js";

describe("startAttempt", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("aborts after the timeout and says so", () => {
    const attempt = startAttempt(1000, undefined);
    vi.advanceTimersByTime(999);
    expect(attempt.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(true);
  });

  it("aborts when the caller aborts, with the caller's reason", () => {
    const caller = new AbortController();
    const attempt = startAttempt(1000, caller.signal);
    caller.abort("stop");
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.signal.reason).toBe("stop");
    expect(attempt.timedOut).toBe(false);
  });

  it("stops the timer and lets go of the caller's signal once released", () => {
    const caller = new AbortController();
    const attempt = startAttempt(1000, caller.signal);
    attempt.release();
    caller.abort();
    vi.advanceTimersByTime(5000);
    expect(attempt.signal.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([0, Number.POSITIVE_INFINITY, 2 ** 31])("sets no timer for %d", (timeoutMs) => {
    const attempt = startAttempt(timeoutMs, undefined);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(attempt.signal.aborted).toBe(false);
  });
});

describe("sleep", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("resolves after the wait", async () => {
    let done = false;
    const waiting = sleep(2000, undefined, () => new Error("aborted")).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it("rejects as soon as the signal aborts", async () => {
    const caller = new AbortController();
    const waiting = sleep(60_000, caller.signal, () => new Error("aborted during backoff"));
    caller.abort();
    await expect(waiting).rejects.toThrow("aborted during backoff");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once on an aborted signal", async () => {
    await expect(sleep(10, AbortSignal.abort(), () => new Error("already"))).rejects.toThrow(
      "already",
    );
  });
});

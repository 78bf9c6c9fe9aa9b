import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sleep, startAttempt } from "./timeout.js";

describe("startAttempt", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
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

  it("shares one signal between attempts whose deadlines fall in the same 1% of the timeout", () => {
    vi.advanceTimersByTime(1);
    const first = startAttempt(60_000, undefined);
    vi.advanceTimersByTime(599);
    const sameSlot = startAttempt(60_000, undefined);
    vi.advanceTimersByTime(1);
    const nextSlot = startAttempt(60_000, undefined);
    const otherTimeout = startAttempt(30_000, undefined);
    expect(sameSlot.signal).toBe(first.signal);
    expect(nextSlot.signal).not.toBe(first.signal);
    expect(otherTimeout.signal).not.toBe(first.signal);
  });

  it("never aborts a shared attempt early, and at most 1% late", () => {
    vi.advanceTimersByTime(1);
    const attempt = startAttempt(60_000, undefined);
    vi.advanceTimersByTime(59_999);
    expect(attempt.signal.aborted).toBe(false);
    expect(attempt.timedOut).toBe(false);
    vi.advanceTimersByTime(600);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(true);
  });

  it("gives each attempt its own signal where timers cannot be unref'd", () => {
    const realSetTimeout = globalThis.setTimeout;
    vi.stubGlobal("setTimeout", (fn: () => void, ms: number) => Number(realSetTimeout(fn, ms)));
    try {
      const a = startAttempt(10_000, undefined);
      const b = startAttempt(10_000, undefined);
      expect(a.signal).not.toBe(b.signal);
    } finally {
      vi.unstubAllGlobals();
    }
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

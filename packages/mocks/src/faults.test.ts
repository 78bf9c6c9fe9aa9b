import { describe, expect, it } from "vitest";
import { createFaults } from "./faults.js";

describe("createFaults", () => {
  it("fails the next N calls of one operation only, then stops", () => {
    const faults = createFaults();
    faults.fail("listPostureRules", 503, { times: 2 });
    expect(faults.take("getPostureRule")).toEqual({ delayMs: 0, drop: false });
    expect(faults.take("listPostureRules").fail).toEqual({ status: 503 });
    expect(faults.take("listPostureRules").fail).toEqual({ status: 503 });
    expect(faults.take("listPostureRules").fail).toBeUndefined();
  });

  it("sends Retry-After 1 with a 429 unless told otherwise", () => {
    const faults = createFaults();
    faults.fail("*", 429);
    faults.fail("*", 429, { retryAfter: 0 });
    expect(faults.take("a").fail).toEqual({ status: 429, retryAfter: 1 });
    expect(faults.take("b").fail).toEqual({ status: 429, retryAfter: 0 });
  });

  it("adds delays to every call until cleared, or for `times` calls", () => {
    const faults = createFaults();
    faults.delay("*", 20);
    faults.delay("getDevice", 5, { times: 1 });
    expect(faults.take("getDevice").delayMs).toBe(25);
    expect(faults.take("getDevice").delayMs).toBe(20);
    faults.clear();
    expect(faults.take("getDevice").delayMs).toBe(0);
  });

  it("drops once by default, and one call takes one fault", () => {
    const faults = createFaults();
    faults.drop("createPostureRule");
    faults.fail("createPostureRule", 500);
    expect(faults.take("createPostureRule")).toEqual({ delayMs: 0, drop: true });
    expect(faults.take("createPostureRule").fail).toEqual({ status: 500 });
    expect(faults.take("createPostureRule")).toEqual({ delayMs: 0, drop: false });
  });

  it.each([
    () => createFaults().fail("*", 200),
    () => createFaults().fail("*", 500, { times: 0 }),
    () => createFaults().delay("*", -1),
    () => createFaults().drop("*", { times: 1.5 }),
  ])("refuses a fault that cannot happen (%#)", (make) => expect(make).toThrow(RangeError));
});

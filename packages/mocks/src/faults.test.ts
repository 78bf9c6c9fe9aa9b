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

  it("throws on a target that is neither an operationId nor *", () => {
    const faults = createFaults();
    const typo = "listPostureRulez" as "listPostureRules";
    expect(() => faults.fail(typo, 503)).toThrow(
      'a fault\'s target must be an operationId or "*", got "listPostureRulez"',
    );
    expect(() => faults.delay(typo, 5)).toThrow(RangeError);
    expect(() => faults.drop(typo)).toThrow(RangeError);
    expect(faults.list()).toEqual([]);
  });

  it("lists the faults in force with what is left of them", () => {
    const faults = createFaults();
    faults.fail("getDevice", 503, { times: 2 });
    faults.delay("*", 20);
    faults.take("getDevice");
    expect(faults.list()).toEqual([
      { target: "getDevice", kind: "fail", status: 503, remaining: 1 },
      { target: "*", kind: "delay", ms: 20, remaining: null },
    ]);
  });
});

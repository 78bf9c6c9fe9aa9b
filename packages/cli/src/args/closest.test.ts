import { describe, expect, it } from "vitest";
import { closest } from "./closest.js";

describe("closest", () => {
  const candidates = ["posture", "policies", "physical-devices", "registrations", "list"];
  const cases = [
    { given: "postur", want: "posture" },
    { given: "lst", want: "list" },
    { given: "physical-device", want: "physical-devices" },
    { given: "registration", want: "registrations" },
    { given: "zzz", want: undefined },
  ];
  it.each(cases)("$given -> $want", ({ given, want }) =>
    expect(closest(given, candidates)).toBe(want),
  );
});

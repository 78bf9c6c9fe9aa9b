import { describe, expect, it } from "vitest";
import type { Disagreement } from "./audit.js";
import { judgeAudit, parseDeviations } from "./deviations.js";

const found: Disagreement[] = [
  {
    operation: "getA",
    pointer: "/response/result/id",
    kind: "required",
    sdk: "optional",
    spec: "required",
  },
  { operation: "getB", pointer: "/query/page", kind: "presence", sdk: "present", spec: "absent" },
];

describe("judgeAudit", () => {
  it("sets listed disagreements aside, keeps the rest, and names listed places that agree now", () => {
    const deviations = parseDeviations(`
- kind: required
  reason: every answer carries its id
  at:
    - getA /response/result/id
    - getC /response/result/id
`);
    expect(judgeAudit(found, deviations)).toEqual({
      unlisted: [found[1]],
      stale: ["required getC /response/result/id"],
    });
  });

  it("matches the kind as well as the place", () => {
    const deviations = parseDeviations(
      "- { kind: nullable, reason: r, at: [getA /response/result/id] }",
    );
    expect(judgeAudit(found, deviations).unlisted).toHaveLength(2);
  });

  it("refuses an entry without a reason", () => {
    expect(() => parseDeviations("- { kind: type, at: [getA /x] }")).toThrow(
      /needs a kind and a reason/,
    );
  });
});

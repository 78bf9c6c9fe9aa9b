import { describe, expect, it } from "vitest";
import { reportGoals } from "../../../scripts/bench/goals.js";
import { clientGoals } from "./client-goals.js";

const held = { calls: 1, coldImport: 1, bytes: 3000, budget: 3000 };

describe("the client benchmark's goals", () => {
  it("hold within the size budget, at 0.9 of the floor's calls and 1.15 times its start-up", () => {
    expect(reportGoals(clientGoals({ ...held, calls: 0.9, coldImport: 1.15 }), () => {})).toBe(0);
  });

  it.each([
    [
      { ...held, calls: 0.89 },
      "goal MISSED zt.posture.list() calls/s / raw fetch + JSON.parse: 0.89 (goal >= 0.9)",
    ],
    [
      { ...held, coldImport: 1.151 },
      "goal MISSED node dist/index.js / node -e 0: 1.151 (goal <= 1.15)",
    ],
    [
      { ...held, bytes: 3001 },
      "goal MISSED list-posture program bundle, bytes gzip: 3001 (goal <= 3000)",
    ],
  ])("are missed by %j", (figures, missed) => {
    const lines: string[] = [];
    expect(reportGoals(clientGoals(figures), (line) => lines.push(line))).toBe(1);
    expect(lines.filter((line) => line.startsWith("goal MISSED"))).toEqual([missed]);
  });
});

import { describe, expect, it } from "vitest";
import { type MockJournal, parseJournal, serializeJournal } from "./mock-journal.js";

const journal: MockJournal = {
  seed: 1,
  entries: [
    {
      at: "2025-01-01T00:00:00.000Z",
      method: "POST",
      path: "/client/v4/accounts/a/devices/posture",
      query: "",
      body: '{"name":"x"}',
    },
    {
      at: "2025-01-01T00:00:01.000Z",
      method: "DELETE",
      path: "/client/v4/accounts/a/devices/posture/r",
      query: "",
    },
  ],
};

describe("mock journal", () => {
  it("reads back what it writes, one entry per line", () => {
    const text = serializeJournal(journal);
    expect(text.split("\n").filter((l) => l.includes('"method"'))).toHaveLength(2);
    expect(parseJournal(text, "state.json", 9)).toEqual(journal);
  });

  it("starts fresh when there is no file yet", () => {
    expect(parseJournal(undefined, "state.json", 3)).toEqual({ seed: 3, entries: [] });
  });

  const refused = [
    {
      given: "{",
      want: "--mock-state: state.json is not JSON; delete it to start from fresh mock data",
    },
    {
      given: '{"entries": []}',
      want: "--mock-state: state.json is not a zt-devices mock state file",
    },
    {
      given: '{"format":"zt-devices mock state","version":2,"seed":1,"entries":[]}',
      want: "was written by another version (2)",
    },
    {
      given: '{"format":"zt-devices mock state","version":1,"seed":1,"entries":[{"at":1}]}',
      want: "entry 0 of state.json is damaged",
    },
  ];
  it.each(refused)("refuses $given", ({ given, want }) => {
    expect(() => parseJournal(given, "state.json", 1)).toThrow(want);
  });
});

import { describe, expect, it } from "vitest";
import type { Change } from "./change.js";
import { formatReport } from "./format-report.js";
import { changesetPath, renderChangeset } from "./render-changeset.js";
import { summarizeBump } from "./summarize-bump.js";

const base = { ref: "@zt-devices/types@1.2.0", commit: "3f2c1a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a" };
const removed: Change = {
  class: "breaking",
  kind: "operation-removed",
  pointer: "/paths/~1a/get",
  message: "operation getA (GET /a) removed",
};
const added: Change = {
  class: "minor",
  kind: "operation-added",
  pointer: "/paths/~1b/get",
  message: "operation getB (GET /b) added",
};
const reworded: Change = {
  class: "patch",
  kind: "description-changed",
  pointer: "/info/description",
  message: "description of the API description changed",
};

describe("summarizeBump", () => {
  it.each([
    { given: [], want: "none" },
    { given: [reworded], want: "patch" },
    { given: [reworded, added], want: "minor" },
    { given: [added, removed, reworded], want: "major" },
  ])("$want", ({ given, want }) => {
    expect(summarizeBump(given)).toBe(want);
  });
});

describe("changesetPath", () => {
  it("names the draft after the base commit only, so re-runs overwrite it", () => {
    expect(changesetPath(base)).toBe(".changeset/spec-3f2c1a9b.md");
    expect(changesetPath({ ...base, ref: "HEAD~1" })).toBe(".changeset/spec-3f2c1a9b.md");
  });
});

describe("renderChangeset", () => {
  it("bumps every generated package and lists the changes by class", () => {
    expect(renderChangeset([removed, added, reworded], base)).toBe(`---
"@zt-devices/cli": major
"@zt-devices/client": major
"@zt-devices/mocks": major
"@zt-devices/types": major
"@zt-devices/validators": major
---

Spec changes since @zt-devices/types@1.2.0 (3f2c1a9b):

Breaking:

- operation getA (GET /a) removed (\`/paths/~1a/get\`)

Minor:

- operation getB (GET /b) added (\`/paths/~1b/get\`)

Patch:

- description of the API description changed (\`/info/description\`)
`);
  });

  it("drafts nothing when nothing changed", () => {
    expect(renderChangeset([], base)).toBeUndefined();
  });
});

describe("formatReport", () => {
  it("groups by class, gives each change its pointer and ends with the bump", () => {
    expect(
      formatReport([added, reworded], base),
    ).toBe(`Spec changes since @zt-devices/types@1.2.0 (3f2c1a9b):

Minor (1)
  - operation getB (GET /b) added
    /paths/~1b/get

Patch (1)
  - description of the API description changed
    /info/description

Bump: minor
`);
  });

  it("says so when nothing changed", () => {
    expect(formatReport([], base)).toBe(
      "No spec changes since @zt-devices/types@1.2.0 (3f2c1a9b).\n",
    );
  });
});

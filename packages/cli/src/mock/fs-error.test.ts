import { describe, expect, it } from "vitest";
import { describeFsError } from "./fs-error.js";

const fsError = (code: string) => Object.assign(new Error(`${code}: raw text`), { code });

describe("describeFsError", () => {
  it.each([
    { given: "EACCES", want: "permission denied (EACCES)" },
    { given: "EISDIR", want: "it is a directory (EISDIR)" },
    { given: "ENOTDIR", want: "a part of its path is not a directory (ENOTDIR)" },
    { given: "ENOSPC", want: "no space left on the device (ENOSPC)" },
    { given: "EROFS", want: "the file system is read-only (EROFS)" },
    { given: "EWHATEVER", want: "system error (EWHATEVER)" },
  ])("$given -> $want", ({ given, want }) => expect(describeFsError(fsError(given))).toBe(want));

  it("falls back to the message of an error without a code", () => {
    expect(describeFsError(new Error("odd"))).toBe("odd");
  });
});

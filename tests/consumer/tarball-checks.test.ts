import { describe, expect, it } from "vitest";
import { cjsProblems, mapProblems, type PackedFiles } from "./tarball-checks.js";

function packed(files: Record<string, string>): PackedFiles {
  return {
    paths: new Set(Object.keys(files)),
    read: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`no ${p}`);
      return text;
    },
  };
}

describe("mapProblems", () => {
  it.each([
    {
      given: {
        "dist/index.js": "export {};\n//# sourceMappingURL=index.js.map",
        "dist/index.js.map": JSON.stringify({ sources: ["../src/index.ts"] }),
      },
      want: ["dist/index.js.map names ../src/index.ts, which is not shipped"],
    },
    {
      given: { "dist/index.d.ts": "export {};\n//# sourceMappingURL=index.d.ts.map" },
      want: ["dist/index.d.ts points at index.d.ts.map, which is not in the tarball"],
    },
    {
      given: {
        "dist/index.js": "export {};\n//# sourceMappingURL=index.js.map",
        "dist/index.js.map": JSON.stringify({ sources: ["../src/index.ts"] }),
        "src/index.ts": "export {};",
      },
      want: [],
    },
    { given: { "dist/index.js": "export {};\n" }, want: [] },
  ])("$want", ({ given, want }) => {
    expect(mapProblems(packed(given))).toEqual(want);
  });
});

describe("cjsProblems", () => {
  const esmOnly = { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } };
  const dual = {
    ".": {
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/cjs/index.d.ts", default: "./dist/cjs/index.js" },
    },
    "./package.json": "./package.json",
  };
  const files = {
    "package.json": '{ "type": "module" }',
    "dist/index.js": "",
    "dist/index.d.ts": "",
    "dist/cjs/index.js": "",
    "dist/cjs/index.d.ts": "",
  };

  it.each([
    { exports: esmOnly, files, want: [".: require() finds ESM (./dist/index.js)"] },
    { exports: dual, files, want: [".: require() finds ESM (./dist/cjs/index.js)"] },
    {
      exports: dual,
      files: { ...files, "dist/cjs/package.json": '{ "type": "commonjs" }' },
      want: [],
    },
    {
      exports: dual,
      files: { "package.json": "{}", "dist/index.js": "", "dist/cjs/index.js": "" },
      want: [".: the types for require() are missing (./dist/cjs/index.d.ts)"],
    },
  ])("$want", ({ exports, files, want }) => {
    expect(cjsProblems({ exports }, packed(files))).toEqual(want);
  });
});

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Programs run against the built dist/ as a project without @zt-devices/validators would: its
// resolution is refused the way Node refuses a package that is not installed.
const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const NOT_FOUND = `Object.assign(new Error("Cannot find package '@zt-devices/validators'"), { code: "MODULE_NOT_FOUND" })`;
const PROGRAM = `
  const zt = { createClient: client.createClient, validation: checks.validation };
  try {
    zt.createClient({ apiToken: "t", validate: zt.validation({ request: true }) });
    console.log("created");
  } catch (error) {
    console.log(error.message);
  }`;

const esm = `
  import { register } from "node:module";
  register("data:text/javascript," + encodeURIComponent(
    'export async function resolve(s, c, next) { if (s.startsWith("@zt-devices/validators")) throw ' +
    ${JSON.stringify(NOT_FOUND)} + '; return next(s, c); }'));
  const client = await import(${JSON.stringify(dist("index.js"))});
  const checks = await import(${JSON.stringify(dist("validation.js"))});
  ${PROGRAM}`;

const cjs = `
  const Module = require("node:module");
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (s, ...rest) {
    if (s.startsWith("@zt-devices/validators")) throw ${NOT_FOUND};
    return resolve.call(this, s, ...rest);
  };
  const client = require(${JSON.stringify(dist("cjs/index.js"))});
  const checks = require(${JSON.stringify(dist("cjs/validation.js"))});
  ${PROGRAM}`;

function run(code: string, type: "module" | "commonjs"): string {
  return execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

describe("@zt-devices/client/validation without @zt-devices/validators installed", () => {
  it.each([
    ["ESM", esm, "module"],
    ["CommonJS", cjs, "commonjs"],
  ] as const)("%s: imports, then createClient fails saying what to install", (_, code, type) => {
    expect(run(code, type)).toBe(
      "validation() needs @zt-devices/validators, an optional peer dependency of @zt-devices/client that could not be loaded; install it: npm install @zt-devices/validators",
    );
  });

  it("loads and creates the client when the peer is there", () => {
    const plain = esm.replace(/register\([\s\S]*?\)\);/, "");
    expect(run(plain, "module")).toBe("created");
  });
});

import { describe, expect, it } from "vitest";
import { fit, kebab, naturalCompare, objectLiteral, renderImports } from "./render.js";

describe("kebab", () => {
  it.each([
    { given: "DevicePostureRule", want: "device-posture-rule" },
    { given: "IPProfile", want: "ip-profile" },
    { given: "OSVersionInput", want: "os-version-input" },
    { given: "ClientCertificateV2Input", want: "client-certificate-v2-input" },
    { given: "listDevices", want: "list-devices" },
  ])("$given -> $want", ({ given, want }) => expect(kebab(given)).toBe(want));
});

describe("fit", () => {
  it("keeps a short call on one line", () => {
    expect(fit("f(", ["a", "b"], ");")).toBe("f(a, b);");
  });

  it("puts one argument a line when the call is wider than 100 columns", () => {
    const long = "x".repeat(60);
    expect(fit("call(", [long, long], ");", "  ")).toBe(
      `  call(\n    ${long},\n    ${long},\n  );`,
    );
  });
});

describe("objectLiteral", () => {
  it.each([
    { given: [], want: "  q: {}," },
    { given: ["a: 1", "b: 2"], want: "  q: { a: 1, b: 2 }," },
  ])("$given", ({ given, want }) => expect(objectLiteral(given, "  q: ", ",")).toBe(want));
});

describe("naturalCompare", () => {
  it.each([
    { given: ["./b.js", "./a-b.js", "./a.js"], want: ["./a.js", "./a-b.js", "./b.js"] },
    {
      given: ["isX", "assertX", "xValidator", "Zed"],
      want: ["assertX", "isX", "xValidator", "Zed"],
    },
    { given: ["./ip-profile.js", "./include.js"], want: ["./include.js", "./ip-profile.js"] },
  ])("$given", ({ given, want }) => expect([...given].sort(naturalCompare)).toEqual(want));
});

describe("renderImports", () => {
  it("puts packages first, then paths, each with sorted names", () => {
    const imports = new Map([
      ["./b.js", new Set(["z", "a"])],
      ["@zt-devices/types", new Set(["components"])],
    ]);
    expect(renderImports(imports, new Set(["@zt-devices/types"]))).toBe(
      'import type { components } from "@zt-devices/types";\nimport { a, z } from "./b.js";',
    );
  });
});

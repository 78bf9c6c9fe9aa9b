import { describe, expect, it } from "vitest";
import { singleTunnelMode } from "./_tunnel-mode.js";

const inc = [{ address: "10.0.0.0/8" }];
const exc = [{ host: "example.com" }];

describe("singleTunnelMode", () => {
  it.each([
    { given: { include: inc, exclude: exc }, changes: {}, want: { exclude: exc } },
    { given: { include: inc, exclude: exc }, changes: { include: inc }, want: { include: inc } },
    { given: { include: inc }, changes: { exclude: exc }, want: {} },
    { given: { include: inc }, changes: {}, want: { include: inc } },
    {
      given: { exclude: exc, name: "x" },
      changes: { name: "y" },
      want: { exclude: exc, name: "x" },
    },
  ])("$given with $changes keeps $want", ({ given, changes, want }) => {
    expect(singleTunnelMode(given, changes)).toEqual(want);
  });
});

import { describe, expect, it } from "vitest";
import { detectTerminal } from "./terminal.js";

const tty = { isTTY: true, columns: 120 };
const pipe = {};

describe("detectTerminal", () => {
  it("styles and fits a terminal", () => {
    const t = detectTerminal({ stdin: tty, stdout: tty, stderr: tty }, {});
    expect(t).toMatchObject({
      interactive: true,
      width: 120,
      color: { stdout: true, stderr: true },
    });
  });

  it("assumes 80 columns on a terminal that reports none", () => {
    expect(
      detectTerminal({ stdin: tty, stdout: { isTTY: true, columns: 0 }, stderr: tty }, {}).width,
    ).toBe(80);
  });

  it("honours NO_COLOR and TERM=dumb", () => {
    expect(
      detectTerminal({ stdin: tty, stdout: tty, stderr: tty }, { NO_COLOR: "1" }).color,
    ).toEqual({ stdout: false, stderr: false });
    expect(
      detectTerminal({ stdin: tty, stdout: tty, stderr: tty }, { TERM: "dumb" }).color.stdout,
    ).toBe(false);
    expect(
      detectTerminal({ stdin: tty, stdout: tty, stderr: tty }, { NO_COLOR: "" }).color.stdout,
    ).toBe(true);
  });

  it("does not cut piped output, whatever COLUMNS says, and asks nobody", () => {
    const piped = detectTerminal({ stdin: pipe, stdout: pipe, stderr: tty }, {});
    expect(piped).toMatchObject({
      interactive: false,
      width: Number.POSITIVE_INFINITY,
      color: { stdout: false, stderr: true },
    });
    expect(
      detectTerminal({ stdin: pipe, stdout: pipe, stderr: pipe }, { COLUMNS: "60" }).width,
    ).toBe(Number.POSITIVE_INFINITY);
  });
});

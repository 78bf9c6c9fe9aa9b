/** What the streams are connected to, and so how output should look. */
export interface Terminal {
  /** stdin and stderr are terminals: there is someone to ask. */
  readonly interactive: boolean;
  /** stderr is a terminal: progress and hints are worth showing. */
  readonly stderrTTY: boolean;
  /** Width to fit tables to: `COLUMNS` or the terminal's on a terminal; unlimited when piped. */
  readonly width: number;
  /** Whether stdout and stderr may use ANSI styles: terminals only, and never with `NO_COLOR`. */
  readonly color: { readonly stdout: boolean; readonly stderr: boolean };
}

interface Stream {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * Looks at the streams and the environment once. `NO_COLOR` (any non-empty value, see
 * no-color.org) and `TERM=dumb` turn styles off; `COLUMNS` sets the width of a terminal.
 */
export function detectTerminal(
  streams: { readonly stdin: Stream; readonly stdout: Stream; readonly stderr: Stream },
  env: Readonly<Record<string, string | undefined>>,
): Terminal {
  const plain = (env.NO_COLOR ?? "") !== "" || env.TERM === "dumb";
  const fromEnv = Number(env.COLUMNS);
  // A pseudo-terminal may report 0 columns: then assume the classic 80.
  const terminalColumns = streams.stdout.isTTY ? streams.stdout.columns || 80 : undefined;
  // Piped output goes to a program or a file: cutting it to a width would lose data.
  const columns =
    terminalColumns !== undefined && Number.isInteger(fromEnv) && fromEnv > 0
      ? fromEnv
      : terminalColumns;
  return {
    interactive: streams.stdin.isTTY === true && streams.stderr.isTTY === true,
    stderrTTY: streams.stderr.isTTY === true,
    width: columns ?? Number.POSITIVE_INFINITY,
    color: {
      stdout: !plain && streams.stdout.isTTY === true,
      stderr: !plain && streams.stderr.isTTY === true,
    },
  };
}

/** Bold text when `on`, plain otherwise. */
export function bold(text: string, on: boolean): string {
  return on ? `\x1b[1m${text}\x1b[22m` : text;
}

/** Red text when `on`, plain otherwise. */
export function red(text: string, on: boolean): string {
  return on ? `\x1b[31m${text}\x1b[39m` : text;
}

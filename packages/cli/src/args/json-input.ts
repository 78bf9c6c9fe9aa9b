import { UsageError } from "./usage-error.js";

/** Where JSON options read from: files and standard input, injected so tests need neither. */
export interface JsonSources {
  readFile(path: string): string;
  /** All of standard input, read to its end (however slowly it arrives). */
  readStdin(): Promise<string>;
}

/**
 * Reads the JSON value of an option: `@path` reads a file, `-` standard input, anything else is
 * JSON itself. A file that cannot be read or text that is not JSON fails naming the option, the
 * file and the line and column of the mistake.
 *
 * @example
 * await readJsonArgument("--data", "@list.json", { readFile: (p) => readFileSync(p, "utf8"), readStdin });
 */
export async function readJsonArgument(
  option: string,
  text: string,
  sources: JsonSources,
): Promise<unknown> {
  let source = "the value";
  let json = text;
  if (text === "-") {
    source = "standard input";
    json = await sources.readStdin();
  } else if (text.startsWith("@")) {
    const path = text.slice(1);
    source = path;
    if (path === "") throw new UsageError(`${option}: give a file after @ (${option} @body.json)`);
    try {
      json = sources.readFile(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const why =
        code === "ENOENT"
          ? "no such file"
          : code === "EISDIR"
            ? "it is a directory"
            : (error as Error).message;
      throw new UsageError(`${option}: cannot read ${path}: ${why}`);
    }
  }
  if (json.trim() === "") throw new UsageError(`${option}: ${source} is empty; expected JSON`);
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new UsageError(
      `${option}: ${source} is not valid JSON: ${describeJsonError(error as Error, json)}`,
    );
  }
}

// V8 reports a character offset; people look for a line and column.
function describeJsonError(error: Error, json: string): string {
  const message = error.message.replace(/^JSON\.parse: /, "");
  const at = /at position (\d+)/.exec(message);
  if (!at) return message;
  const before = json.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/\s*(in JSON )?at position \d+.*$/, "")} at line ${line}, column ${column}`;
}

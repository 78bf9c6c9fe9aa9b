import { generatedHeader } from "../../generate/generated-file.js";
import type { Chunk } from "./chunk.js";

/** The first line of every file the validators generator writes. */
export const HEADER = generatedHeader("validators/emit-validators").trimEnd();
const WIDTH = 100;

/** `Name` → `name-of-file`, the kebab-case module name of a component or operation. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .toLowerCase();
}

/** `DevicePostureRule` → `devicePostureRule`. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A call or signature on one line, or with one argument a line when it is too long, as Biome lays it out. */
export function fit(head: string, args: string[], tail: string, indent = ""): string {
  const line = `${indent}${head}${args.join(", ")}${tail}`;
  if (line.length <= WIDTH) return line;
  const inner = `${indent}  `;
  return `${indent}${head.trimEnd()}\n${args.map((arg) => `${inner}${arg},`).join("\n")}\n${indent}${tail.trimStart()}`;
}

/** An object literal after `head`, on one line when it fits, as Biome lays it out. */
export function objectLiteral(entries: string[], head: string, tail: string): string {
  if (entries.length === 0) return `${head}{}${tail}`;
  const line = `${head}{ ${entries.join(", ")} }${tail}`;
  if (line.length <= WIDTH) return line;
  const indent = /^ */.exec(head)?.[0] ?? "";
  return `${head}{\n${entries.map((e) => `${indent}  ${e},`).join("\n")}\n${indent}}${tail}`;
}

/** A JavaScript property key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** The import block of a module, one line per module, ordered as Biome's organizeImports wants. */
export function renderImports(imports: Map<string, Set<string>>, typeOnly: Set<string>): string {
  return [...imports]
    .sort(([a], [b]) => rank(a) - rank(b) || naturalCompare(a, b))
    .map(([module, names]) =>
      importLine([...names].sort(naturalCompare), module, typeOnly.has(module)),
    )
    .join("\n");
}

function rank(module: string): number {
  return module.startsWith(".") ? 1 : 0;
}

// A code for one character: letters case-insensitively, `.` before any other punctuation.
function weight(char: string): number {
  if (char === ".") return 0;
  const lower = char.toLowerCase();
  return lower.charCodeAt(0) + 1;
}

/** Biome's natural order: case-insensitive first (uppercase first on a tie), `.` before `-`. */
export function naturalCompare(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = weight(a.charAt(i)) - weight(b.charAt(i));
    if (diff !== 0) return diff;
  }
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function importLine(names: string[], module: string, typeOnly: boolean): string {
  const head = `import ${typeOnly ? "type " : ""}{ `;
  const line = `${head}${names.join(", ")} } from "${module}";`;
  if (line.length <= WIDTH) return line;
  return `import ${typeOnly ? "type " : ""}{\n${names.map((n) => `  ${n},`).join("\n")}\n} from "${module}";`;
}

/** The validation functions of a module and the constants they share, each once. */
export function renderChunks(chunks: Chunk[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const chunk of chunks) {
    for (const statement of chunk.statements) {
      if (seen.has(statement)) continue;
      seen.add(statement);
      const doc = statement.startsWith("function validate_")
        ? "/** Whether a value is valid: at its first issue without `errors`, else after adding every issue to them. */\n"
        : "";
      out.push(`${doc}${statement}`);
    }
  }
  return out.join("\n\n");
}

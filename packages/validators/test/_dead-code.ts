/** One piece of dead code in a generated module: its line (1-based) and what it is. */
export interface DeadCode {
  line: number;
  problem: string;
}

const CONSTANT_TEST = /\bif \(!*\(*(true|false)\)*\)/;
const EMPTY_BLOCK = /(\)|\belse|=>) \{\s*\}/;
const IMPORT = /^import (type )?\{([^}]*)\} from "[^"]+";$/gm;
const LOCAL = /\b(?:const|let|var) (\w+)\b/g;
const LOCAL_DESTRUCTURED = /\b(?:const|let|var) \{([^}=]*)\} =/g;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// How often `name` is used in `code` as a whole word, not as a property (`.name`) or an object key.
function uses(code: string, name: string): number {
  const word = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, "\\$")}(?![\\w$]|\\s*:(?!:))`, "g");
  return code.match(word)?.length ?? 0;
}

function localsOf(statement: string): [name: string, index: number][] {
  const locals: [string, number][] = [];
  for (const match of statement.matchAll(LOCAL)) {
    // An exported declaration is used by other modules.
    if (match.index === 7 && statement.startsWith("export ")) continue;
    locals.push([match[1] as string, match.index]);
  }
  for (const match of statement.matchAll(LOCAL_DESTRUCTURED)) {
    for (const part of (match[1] ?? "").split(",")) {
      const name = part.split(":").pop()?.trim();
      if (name) locals.push([name, match.index]);
    }
  }
  return locals;
}

/**
 * The dead code of one generated module, as text: constant tests (`if (!(false))`), empty blocks,
 * imported names it never uses, and locals declared and never read.
 */
export function findDeadCode(text: string): DeadCode[] {
  const found: DeadCode[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (CONSTANT_TEST.test(line)) found.push({ line: i + 1, problem: "a constant test" });
  });
  for (const match of text.matchAll(new RegExp(EMPTY_BLOCK, "g"))) {
    found.push({ line: lineOf(text, match.index), problem: "an empty block" });
  }
  // The module without its imports, line for line.
  const body = text.replace(IMPORT, (line) => line.replace(/[^\n]/g, ""));
  for (const match of text.matchAll(IMPORT)) {
    for (const name of (match[2] ?? "").split(",").map((n) => n.trim())) {
      if (name !== "" && uses(body, name) === 0) {
        found.push({ line: lineOf(text, match.index), problem: `${name} is imported, not used` });
      }
    }
  }
  // Each top-level statement starts at the line's start: a function's locals are read inside it,
  // a module's constants anywhere in the module (exported ones by other modules too).
  let offset = 0;
  for (const statement of body.split(/\n(?=\S)/)) {
    const top = /^(?:const|let|var) (\w+)/.exec(statement)?.[1];
    if (top !== undefined && uses(body.replace(statement, ""), top) === 0) {
      found.push({ line: lineOf(body, offset), problem: `${top} is declared, never used` });
    }
    for (const [name, index] of localsOf(statement)) {
      if (name !== top && uses(statement, name) < 2) {
        const problem = `${name} is declared, never used`;
        found.push({ line: lineOf(body, offset + index), problem });
      }
    }
    offset += statement.length + 1;
  }
  return found.sort((a, b) => a.line - b.line);
}

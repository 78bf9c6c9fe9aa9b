/**
 * Folds the code of one validation function through a small tree of its blocks before it is
 * printed, as Ajv's codegen does: a block with nothing in it goes (`if (a) {}`), an empty `if` with
 * an `else` becomes the `else` under the negated test, an empty `else` goes, a test holding only a
 * one-line test joins it (`if (a) { if (b) return false; }` is `if (a && b) return false;`), and a
 * block holding a single plain statement is printed on one line (`if (a) return false;`).
 */

type Item = string | Block;

interface Block {
  /** `if (...)`, `for (...)`, `label:`, or "" for a bare block. */
  head: string;
  body: Item[];
  /** The `else if (...)` and `else` parts, in order. */
  alts: { head: string; body: Item[] }[];
}

/** Folds the lines the writer emitted (two spaces a level, from one level in) and prints them again. */
export function foldBlocks(lines: readonly string[]): string[] {
  const root: Item[] = [];
  const stack: Item[][] = [root];
  for (const raw of lines) {
    const line = raw.trim();
    const top = stack.at(-1) as Item[];
    if (line === "}") {
      stack.pop();
    } else if (line.startsWith("} else") && line.endsWith("{")) {
      stack.pop();
      const owner = (stack.at(-1) as Item[]).at(-1) as Block;
      const alt = { head: line.slice(2, -1).trim(), body: [] };
      owner.alts.push(alt);
      stack.push(alt.body);
    } else if (line.endsWith("{")) {
      const block: Block = { head: line.slice(0, -1).trim(), body: [], alts: [] };
      top.push(block);
      stack.push(block.body);
    } else top.push(line);
  }
  const out: string[] = [];
  print(fold(root), 1, out);
  return out;
}

const isIf = (head: string) => head.startsWith("if (");
const condition = (head: string) => head.slice(3); // "(...)" of "if (...)"

function fold(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const block: Block = {
      head: item.head,
      body: fold(item.body),
      alts: item.alts.map((alt) => ({ head: alt.head, body: fold(alt.body) })),
    };
    const last = block.alts.at(-1);
    if (last && last.head === "else" && last.body.length === 0) block.alts.pop();
    const joined = block.alts.length === 0 ? join(block.head, block.body) : undefined;
    if (joined !== undefined) {
      out.push(joined);
      continue;
    }
    if (block.body.length > 0) {
      out.push(block);
      continue;
    }
    if (block.alts.length === 0) {
      // Only tests and loops over the value are dropped: a label or bare block always holds code.
      if (isIf(block.head) || block.head.startsWith("for (")) continue;
      out.push(block);
      continue;
    }
    if (!isIf(block.head)) {
      out.push(block);
      continue;
    }
    // `if (a) {} else ...`: the rest runs when `a` does not hold.
    const [first, ...rest] = block.alts as [Block["alts"][number], ...Block["alts"]];
    const negated = `if (!${condition(block.head)})`;
    if (first.head === "else") out.push({ head: negated, body: first.body, alts: [] });
    else {
      const inner: Block = { head: first.head.slice("else ".length), body: first.body, alts: rest };
      out.push({ head: negated, body: [inner], alts: [] });
    }
  }
  return out;
}

// `if (a)` around nothing but `if (b) s;` is `if (a && b) s;`.
function join(head: string, body: Item[]): string | undefined {
  const [only] = body;
  if (!isIf(head) || body.length !== 1 || typeof only !== "string" || !isIf(only)) return undefined;
  const end = closing(only, 3);
  if (end < 0) return undefined;
  const inner = only.slice(4, end);
  const statement = only.slice(end + 1).trim();
  if (/^(if|for|else|const|let)\b/.test(statement)) return undefined;
  return `if (${operand(condition(head).slice(1, -1))} && ${operand(inner)}) ${statement}`;
}

// An operand of `&&`, parenthesized unless it is plainly one (no `||`, `?` or `=` at any depth).
function operand(test: string): string {
  return /\|\||\?|[^=!<>]=[^=]/.test(test) ? `(${test})` : test;
}

// The index of the parenthesis closing the one at `open`, past string literals; -1 without one.
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '"') {
      for (i++; i < text.length && text.charAt(i) !== '"'; i++) if (text.charAt(i) === "\\") i++;
    } else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return -1;
}

// A statement that can follow a head on its line without changing what an `else` binds to.
const plain = (item: Item | undefined): item is string =>
  typeof item === "string" && !/^(if|for|else|const|let)\b/.test(item);

function print(items: Item[], depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  for (const item of items) {
    if (typeof item === "string") {
      out.push(pad + item);
      continue;
    }
    const one = item.body.length === 1 ? item.body[0] : undefined;
    if (
      item.alts.length === 0 &&
      plain(one) &&
      (isIf(item.head) || item.head.startsWith("for ("))
    ) {
      out.push(`${pad}${item.head} ${one}`);
      continue;
    }
    out.push(item.head === "" ? `${pad}{` : `${pad}${item.head} {`);
    print(item.body, depth + 1, out);
    for (const alt of item.alts) {
      out.push(`${pad}} ${alt.head} {`);
      print(alt.body, depth + 1, out);
    }
    out.push(`${pad}}`);
  }
}

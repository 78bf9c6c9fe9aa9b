import { contentName, parseStandalone, type TopLevel } from "./validators-ajv-module.js";
import { rewriteStatement } from "./validators-rewrite.js";

/** What one exported validator function needs: its own code, other validators it calls, helpers. */
export interface Chunk {
  /** Top-level statements, dependencies first, with every Ajv name replaced by a stable one. */
  statements: string[];
  /** Other exported validator functions this one calls (their new names). */
  calls: string[];
  /** Runtime helpers it imports, by name, each mapped to the package module that exports it. */
  helpers: Record<string, string>;
}

/**
 * Splits Ajv's standalone module into one chunk per exported function. `names` maps Ajv's export
 * names to the names the functions get; `prefix` names the private functions and marks the variant
 * (`check` stops at the first issue and keeps no error details; anything else collects issues).
 */
export function splitStandalone(
  code: string,
  names: Record<string, string>,
  prefix: string,
): Record<string, Chunk> {
  const module = parseStandalone(code, names, prefix);
  const { top, rename, helpers, schemas, wrappers } = module;
  // Schema parts that are objects become module constants, so a loop does not rebuild them.
  const hoisted = new Map<string, string>();
  let hoistedBy = new Set<string>();
  const inline = (value: unknown): string => {
    const json = JSON.stringify(value);
    if (value === null || typeof value !== "object") return json;
    const name = hoisted.get(json) ?? contentName("schema", json);
    hoisted.set(json, name);
    hoistedBy.add(`const ${name} = ${json};`);
    return name;
  };

  // A private function several roots need is rewritten once, with the constants it hoists.
  const rewritten = new Map<string, { texts: string[]; hoisted: Set<string> }>();
  const rewrite = (name: string) => {
    hoistedBy = new Set();
    const entry = top.get(name) as TopLevel;
    const texts = [entry.node, ...entry.extra].map((node) =>
      rewriteStatement(module, prefix, node, inline),
    );
    if (prefix !== "check" && entry.node.type === "FunctionDeclaration") {
      // Declares the `errors` property Ajv sets inside the function, where TypeScript cannot see it.
      const own = rename.get(name) ?? name;
      texts[0] = `${texts[0]}\n\nexport declare namespace ${own} {\n  let errors: unknown;\n}`;
    }
    const done = { texts, hoisted: hoistedBy };
    rewritten.set(name, done);
    return done;
  };

  const exported = new Set(Object.values(names));
  const roots = new Set([...rename.entries()].filter(([, v]) => exported.has(v)).map(([k]) => k));
  const chunks: Record<string, Chunk> = {};
  for (const root of roots) {
    const order: string[] = [];
    const calls = new Set<string>();
    const used: Record<string, string> = {};
    const seen = new Set<string>();
    const walk = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      if (name !== root && roots.has(name)) {
        calls.add(rename.get(name) ?? name);
        return;
      }
      const helper = helpers.get(name);
      if (helper) {
        used[helper[0]] = helper[1];
        return;
      }
      const entry = top.get(name);
      for (const dep of [...(entry?.deps ?? [])].sort()) walk(dep);
      if (entry && !schemas.has(name) && !wrappers.has(name)) order.push(name);
    };
    walk(root);
    const hoistedHere = new Set<string>();
    const code = order.flatMap((name) => {
      const done = rewritten.get(name) ?? rewrite(name);
      for (const constant of done.hoisted) hoistedHere.add(constant);
      return done.texts;
    });
    const statements = [...[...hoistedHere].sort(), ...code];
    chunks[rename.get(root) ?? root] = { statements, calls: [...calls].sort(), helpers: used };
  }
  return chunks;
}

/** A copy of `chunk` whose exported function is called `to` instead of `from`. */
export function renameChunk(chunk: Chunk, from: string, to: string): Chunk {
  const name = new RegExp(`\\b${from}\\b`, "g");
  return { ...chunk, statements: chunk.statements.map((s) => s.replace(name, to)) };
}

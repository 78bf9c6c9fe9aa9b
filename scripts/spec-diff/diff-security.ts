import { type DiffContext, report } from "./diff-context.js";
import type { OperationAt } from "./diff-parameters.js";
import { childPointer, isObject, type JsonObject } from "./located.js";

/**
 * Compares the ways an operation accepts to be authenticated: its own `security`, else the
 * document's. Each requirement object is one way; a way that disappears refuses the callers
 * who use it (breaking), a new way is minor. No security at all is the anonymous way `{}`, so
 * requiring authentication where none was needed is breaking too.
 */
export function diffSecurity(ctx: DiffContext, b: OperationAt, a: OperationAt, name: string): void {
  const before = requirements(ctx.before, b);
  const after = requirements(ctx.after, a);
  // A change to the document's security shows once, not once per operation that inherits it.
  const where = (at: Located) => (at.pointer === "/security" ? "the default security" : name);
  for (const [key, requirement] of before.ways) {
    if (after.ways.has(key)) continue;
    report(
      ctx,
      "breaking",
      "security-removed",
      requirement.pointer,
      `${describe(key)} no longer accepted by ${where(before)}`,
    );
  }
  for (const [key, requirement] of after.ways) {
    if (before.ways.has(key)) continue;
    report(
      ctx,
      "minor",
      "security-added",
      requirement.pointer,
      `${describe(key)} accepted by ${where(after)}`,
    );
  }
}

type Located = { pointer: string };

function requirements(doc: unknown, at: OperationAt): Located & { ways: Map<string, Located> } {
  const own = at.operation.security;
  const inherited = isObject(doc) ? doc.security : undefined;
  const list = Array.isArray(own) ? own : Array.isArray(inherited) ? inherited : [];
  const pointer = Array.isArray(own) ? childPointer(at.pointer, "security") : "/security";
  const ways = new Map<string, Located>();
  if (list.length === 0) ways.set("", { pointer });
  list.forEach((requirement: unknown, i) => {
    if (isObject(requirement))
      ways.set(keyOf(requirement), { pointer: childPointer(pointer, `${i}`) });
  });
  return { pointer, ways };
}

/** `apiEmail+apiKey`, with scopes in brackets; the empty key is anonymous access. */
function keyOf(requirement: JsonObject): string {
  return Object.entries(requirement)
    .map(([scheme, scopes]) => {
      const list = Array.isArray(scopes) ? scopes.map(String).sort() : [];
      return list.length > 0 ? `${scheme}[${list.join(",")}]` : scheme;
    })
    .sort()
    .join("+");
}

function describe(key: string): string {
  return key === "" ? "anonymous access" : `authentication with ${key}`;
}

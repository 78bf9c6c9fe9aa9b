/**
 * Reads Cloudflare's API reference for the Devices resources (the seeds folder's `000_*.txt`): one long
 * line of Markdown where `## Title **method** \`path\`` starts each operation and every field list is
 * flattened to `- \`name: type\` description` items. The nesting is rebuilt from the key counts the
 * reference gives (`{ id, name, 3 more }` has five children, `"a" or "b" or 2 more` four literals).
 */

/** One field of a parameter list, body or response, with its children rebuilt. */
export interface DocField {
  name: string;
  optional: boolean;
  /** The type as the reference writes it, without `optional`. */
  type: string;
  description: string;
  /** Object members (for objects and arrays of objects, flattened over union variants). */
  children: DocField[];
  /** Union variants (`FileInput { ... }`), each with its own members. */
  variants: { name: string; children: DocField[] }[];
  /** Literal values of an enum. */
  literals: string[];
}

/** One documented operation. */
export interface DocOperation {
  group: string;
  title: string;
  method: string;
  path: string;
  description: string;
  deprecated: boolean;
  pathParams: DocField[];
  queryParams: DocField[];
  bodyParams: DocField[];
  returns: DocField[];
  /** The JSON body of the example request, when the curl example sends one. */
  exampleRequest: unknown;
  /** The example response. */
  exampleResponse: unknown;
}

interface Token {
  head: string;
  description: string;
}

const OPERATION = /## ([^#*]+?) \*\*(get|post|put|patch|delete)\*\* `([^`]+)`/g;

/** Parses the whole reference into its operations, in document order. */
export function parseApiReference(text: string): DocOperation[] {
  const counts = namedTypeCounts(text);
  const starts = [...text.matchAll(OPERATION)];
  return starts.map((match, index) => {
    const end = starts[index + 1]?.index ?? text.length;
    const body = text.slice((match.index ?? 0) + match[0].length, end);
    const before = text.slice(0, (match.index ?? 0) + 3);
    const group = [...before.matchAll(/(?:^|[^#])# ([A-Z][\w /-]*?) ## /g)].at(-1)?.[1] ?? "";
    return parseOperation(group, match[1] ?? "", match[2] ?? "", match[3] ?? "", body, counts);
  });
}

function parseOperation(
  group: string,
  title: string,
  method: string,
  path: string,
  body: string,
  counts: Map<string, string>,
): DocOperation {
  const [main = ""] = body.split(" ## Domain Types");
  const description = (main.split(" ### ")[0] ?? "").trim();
  const section = (name: string) => {
    const found = main.match(new RegExp(`### ${name} (.*?)(?= ### |$)`, "s"));
    return found ? parseFields(tokenize(found[1] ?? ""), counts) : [];
  };
  const curl = main.match(/### Example ```http (.*?)```/s)?.[1] ?? "";
  const requestBody = curl.match(/-d '(.*)'/s)?.[1];
  const response = main.match(/#### Response ```json (.*?)```/s)?.[1];
  return {
    group,
    title: title.trim(),
    method,
    path,
    description,
    deprecated: /\*\*Deprecated\*\*/.test(description) || /\(deprecated\)/.test(title),
    pathParams: section("Path Parameters"),
    queryParams: section("Query Parameters"),
    bodyParams: section("Body Parameters"),
    returns: section("Returns"),
    exampleRequest: requestBody === undefined ? undefined : parseCurlBody(requestBody),
    exampleResponse: response === undefined ? undefined : JSON.parse(response),
  };
}

/** `Name { a, b, 3 more }` anywhere in the reference announces the members of a named type. */
function namedTypeCounts(text: string): Map<string, string> {
  const counts = new Map<string, string>([
    ["ResponseInfo", "code, message, documentation_url, source"],
  ]);
  for (const m of text.matchAll(/- `([A-Z]\w*) \{ ([^}]*) \}`/g))
    counts.set(m[1] ?? "", m[2] ?? "");
  return counts;
}

function countOf(list: string): number {
  const parts = list.split(", ");
  const more = parts.at(-1)?.match(/^(\d+) more$/);
  return more ? parts.length - 1 + Number(more[1]) : parts.length;
}

function tokenize(section: string): Token[] {
  return section
    .split(/(?:^| )- `/)
    .slice(1)
    .map((piece) => {
      const close = piece.indexOf("`");
      return { head: piece.slice(0, close), description: piece.slice(close + 1).trim() };
    });
}

function parseFields(tokens: Token[], counts: Map<string, string>): DocField[] {
  const cursor = { at: 0 };
  const fields: DocField[] = [];
  while (cursor.at < tokens.length) fields.push(parseField(tokens, cursor, counts));
  return fields;
}

function parseField(
  tokens: Token[],
  cursor: { at: number },
  counts: Map<string, string>,
): DocField {
  const token = tokens[cursor.at++] as Token;
  const colon = token.head.indexOf(": ");
  if (colon < 0) throw new Error(`expected a field, found \`${token.head}\``);
  let type = token.head.slice(colon + 2);
  const optional = type.startsWith("optional ");
  if (optional) type = type.slice("optional ".length);
  const field: DocField = {
    name: token.head.slice(0, colon),
    optional,
    type,
    description: token.description,
    children: [],
    variants: [],
    literals: [],
  };
  readMembers(field, type.replace(/^(array of )+/, ""), tokens, cursor, counts);
  return field;
}

function readMembers(
  field: DocField,
  inner: string,
  tokens: Token[],
  cursor: { at: number },
  counts: Map<string, string>,
): void {
  // The reference sometimes leaves out the members of a repeated object (`source: { pointer }` without its
  // `pointer`), so members are taken only while their names are the ones the braces announce.
  const takeKeys = (list: string) => {
    const keys = list.split(", ");
    const more = Number(keys.at(-1)?.match(/^(\d+) more$/)?.[1] ?? 0);
    const named = new Set(more ? keys.slice(0, -1) : keys);
    let extra = more;
    while (cursor.at < tokens.length) {
      const name = tokens[cursor.at]?.head.split(": ")[0] ?? "";
      if (named.delete(name)) field.children.push(parseField(tokens, cursor, counts));
      else if (
        extra > 0 &&
        !isVariant(tokens[cursor.at]) &&
        name.length < (tokens[cursor.at]?.head.length ?? 0)
      ) {
        extra--;
        field.children.push(parseField(tokens, cursor, counts));
      } else break;
    }
  };
  if (inner === "true" || inner === "false") {
    // A boolean literal type is followed by its one value.
    if (tokens[cursor.at]?.head === inner) field.literals.push(String(tokens[cursor.at++]?.head));
  } else if (inner.startsWith('"')) {
    const n = countOf(inner.replaceAll(" or ", ", "));
    for (let i = 0; i < n; i++) field.literals.push(JSON.parse(tokens[cursor.at++]?.head ?? '""'));
  } else if (/^\{.*\} or /.test(inner) || (/^[A-Z]/.test(inner) && isVariant(tokens[cursor.at]))) {
    const n = /^\{/.test(inner)
      ? countOf(inner.replace(/\{[^}]*\}/g, "x").replaceAll(" or ", ", "))
      : 0;
    for (let i = 0; (n === 0 || i < n) && isVariant(tokens[cursor.at]); i++) {
      const header = (tokens[cursor.at++] as Token).head;
      const variant = { name: header.split(" ")[0] ?? "", children: [] as DocField[] };
      const before = field.children.length;
      takeKeys(header.slice(header.indexOf("{") + 2, header.lastIndexOf(" }")));
      variant.children = field.children.splice(before);
      field.variants.push(variant);
    }
  } else if (inner.startsWith("{")) {
    takeKeys(inner.slice(2, -2));
  } else if (/ or /.test(inner) && !/^[A-Z]/.test(inner)) {
    // `unknown or string`: one bare type token per member.
    for (const _ of inner.split(" or ")) cursor.at++;
  } else if (counts.has(inner)) {
    takeKeys(counts.get(inner) ?? "");
  }
}

function isVariant(token: Token | undefined): boolean {
  return token !== undefined && /^[A-Z]\w* \{ .* \}$/.test(token.head);
}

/** The curl body sits in single quotes, where the reference doubles the backslash of an escaped quote. */
function parseCurlBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return JSON.parse(body.replaceAll('\\\\"', '\\"'));
  }
}

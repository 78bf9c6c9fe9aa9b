/**
 * Identifiers for names a foreign spec spells freely (`aaa_account-id`, `accounts-list-accounts`):
 * the rule `decisions/naming-for-foreign-specs.md` documents, in one place.
 */

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false " +
    "finally for function if import in instanceof new null return super switch this throw true try " +
    "typeof var void while with yield let static implements interface package private protected " +
    "public await any boolean never number object string symbol unknown bigint undefined"
  ).split(" "),
);

/** Whether `name` can be used as it is: an identifier that is not a reserved word. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name);
}

/**
 * `name` as an identifier: letters, digits and `_` are kept; every run of other characters is
 * dropped and the letter after it upper-cased (`aaa_account-id` → `aaa_accountId`); a leading digit
 * gets a `_` before it, a reserved word a `_` after it. Names that are identifiers stay as they are.
 */
export function identifierOf(name: string): string {
  if (isIdentifier(name)) return name;
  let out = name.replace(/[^A-Za-z0-9_]+([A-Za-z0-9_]?)/g, (_run, next: string, offset: number) =>
    offset === 0 ? next : next.toUpperCase(),
  );
  if (out === "") out = "_";
  if (/^[0-9]/.test(out)) out = `_${out}`;
  return RESERVED.has(out) ? `${out}_` : out;
}

/** A camelCase name (`Access applications` → `accessApplications`), as resources and methods are. */
export function camelOf(text: string): string {
  const words = text.match(/[A-Za-z0-9]+/g) ?? [];
  const out = words
    .map((word, i) => {
      const plain = /^[A-Z0-9]+$/.test(word) ? word.toLowerCase() : word;
      return i === 0
        ? plain.charAt(0).toLowerCase() + plain.slice(1)
        : plain.charAt(0).toUpperCase() + plain.slice(1);
    })
    .join("");
  return /^[a-z]/.test(out) ? out : `n${out}`;
}

/** `DevicePostureRule` → `device-posture-rule`: how a name becomes a file name. */
export function fileNameOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .toLowerCase();
}

/**
 * New names for `names`, each unique as an identifier and as a file name: names that already are
 * identifiers keep theirs (first come, first kept); the others, in sorted order, take
 * `identifierOf(name)`, with `_2`, `_3`, ... after it when that is taken.
 */
export function renameAll(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    if (!isIdentifier(name) || taken.has(fileNameOf(name))) continue;
    out.set(name, name);
    taken.add(fileNameOf(name));
  }
  for (const name of [...names].sort()) {
    if (out.has(name)) continue;
    const base = identifierOf(name);
    let candidate = base;
    for (let n = 2; taken.has(fileNameOf(candidate)); n++) candidate = `${base}_${n}`;
    out.set(name, candidate);
    taken.add(fileNameOf(candidate));
  }
  return out;
}

/** What one exported validator function needs: its own code, other validators it calls, helpers. */
export interface Chunk {
  /** Top-level statements: the constants it uses (sorted), then the function. */
  statements: string[];
  /** Other exported validator functions this one calls. */
  calls: string[];
  /** Runtime helpers it imports, by name, each mapped to the package module that exports it. */
  helpers: Record<string, string>;
}

/** A short stable name for a constant, from its source text, so both variants share it. */
export function contentName(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${prefix}_${(hash >>> 0).toString(36)}`;
}

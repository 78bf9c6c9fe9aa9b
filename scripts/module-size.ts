/** The most lines a TypeScript module of the repository may have, hand-written or generated. */
export const MAX_MODULE_LINES = 300;

/** The lines of a text as `wc -l` counts them: one per line break. */
export function lineCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
